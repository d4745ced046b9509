import type { DateStyle } from '../settings/app-settings';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A stored date (YYYY-MM-DD) as the consultant chose dates to read in deliverables: "14 January
 * 2027", "January 14, 2027" or "2027-01-14". Anything that is not such a date is left as it is.
 */
export function formatDocumentDate(iso: string, style: DateStyle): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month || style === 'iso') return iso;
  const day = Number(match[3]);
  return style === 'day-month-year'
    ? `${day} ${month} ${match[1]}`
    : `${month} ${day}, ${match[1]}`;
}

/** An example of each style, for the settings screen. */
export const dateStyleExamples: Record<DateStyle, string> = {
  'day-month-year': formatDocumentDate('2027-01-14', 'day-month-year'),
  'month-day-year': formatDocumentDate('2027-01-14', 'month-day-year'),
  iso: formatDocumentDate('2027-01-14', 'iso'),
};
