import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatDay,
  formatDayRange,
  formatMonth,
  monthStart,
  monthTicks,
} from '../../../shared/charts/calendar-days';

describe('calendar days for the timeline', () => {
  it('reads real ISO dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2027-13-01')).toBeNull();
    expect(dayNumber('soon')).toBeNull();
    expect(dayNumber('0050-01-01')).toBeLessThan(dayNumber('1950-01-01') as number);
  });

  it('prints dates without locale data', () => {
    const day = dayNumber('2027-02-03') as number;
    expect(formatDay(day)).toBe('3 Feb 2027');
    expect(formatMonth(day)).toBe('Feb 2027');
    expect(formatDayRange(day, dayNumber('2027-03-31') as number)).toBe('3 Feb – 31 Mar 2027');
    expect(formatDayRange(day, dayNumber('2028-01-10') as number)).toBe('3 Feb 2027 – 10 Jan 2028');
    expect(formatDayRange(day, day)).toBe('3 Feb 2027');
  });

  it('ticks at month starts, spaced out as the span grows', () => {
    const from = monthStart(dayNumber('2027-01-15') as number);
    expect(formatDay(from)).toBe('1 Jan 2027');
    const monthly = monthTicks(from, monthStart(from, 6), 12);
    expect(monthly.map(formatMonth)).toEqual([
      'Jan 2027',
      'Feb 2027',
      'Mar 2027',
      'Apr 2027',
      'May 2027',
      'Jun 2027',
      'Jul 2027',
    ]);
    const quarterly = monthTicks(from, monthStart(from, 24), 10);
    expect(quarterly.length).toBeLessThanOrEqual(11);
    expect(quarterly.map(formatMonth).slice(0, 3)).toEqual(['Jan 2027', 'Apr 2027', 'Jul 2027']);
  });
});
