/** Today on this laptop's calendar, as YYYY-MM-DD (not UTC: a deadline passes at local midnight). */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
