/** Today on the consultant's laptop, as YYYY-MM-DD in local time (overdue is a local notion). */
export function localIsoDate(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
