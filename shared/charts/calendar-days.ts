/**
 * Calendar arithmetic for the timeline in whole UTC days, written out by hand so the screen and
 * the headless renderer print the same dates whatever their time zone or locale.
 */

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const msPerDay = 86_400_000;

/** An ISO date (YYYY-MM-DD) as whole days since 1970-01-01; null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(check.getTime() / msPerDay);
}

function dateParts(day: number) {
  const date = new Date(day * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), date: date.getUTCDate() };
}

/** "3 Feb 2027". */
export function formatDay(day: number): string {
  const { year, month, date } = dateParts(day);
  return `${date} ${monthNames[month]} ${year}`;
}

/** "3 Feb – 31 Mar 2027", "3 Feb 2027 – 10 Jan 2028", "5 May 2027" for a one-day campaign. */
export function formatDayRange(start: number, end: number): string {
  if (start === end) return formatDay(start);
  const a = dateParts(start);
  const b = dateParts(end);
  const first = a.year === b.year ? `${a.date} ${monthNames[a.month]}` : formatDay(start);
  return `${first} – ${formatDay(end)}`;
}

/** "Feb 2027". */
export function formatMonth(day: number): string {
  const { year, month } = dateParts(day);
  return `${monthNames[month]} ${year}`;
}

/** The first day of the month that `day` falls in, moved by `months`. */
export function monthStart(day: number, months = 0): number {
  const { year, month } = dateParts(day);
  return Math.round(Date.UTC(year, month + months, 1) / msPerDay);
}

/**
 * Month starts from `from` to `to` (both month starts), every `step` months, so an axis gets a
 * tick at most every `maxTicks`th of its width: monthly, quarterly, half-yearly or yearly.
 */
export function monthTicks(from: number, to: number, maxTicks: number): number[] {
  const months = Math.max(1, monthsBetween(from, to));
  const step = [1, 2, 3, 6, 12, 24, 60].find((size) => months / size <= maxTicks) ?? 120;
  const ticks: number[] = [];
  for (let offset = 0; offset <= months; offset += step) ticks.push(monthStart(from, offset));
  return ticks;
}

function monthsBetween(from: number, to: number): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
