import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDuration,
  scheduleAgenda,
} from '../../../shared/domain/agenda-times';

describe('agenda times', () => {
  it('starts each item where the previous one ends, from the session start', () => {
    const schedule = scheduleAgenda('09:00', 120, [
      { minutes: 15 },
      { minutes: 45 },
      { minutes: 30 },
    ]);
    expect(schedule.rows.map((row) => row.start)).toEqual(['09:00', '09:15', '10:00']);
    expect(schedule.ends).toBe('10:30');
    expect(schedule.plannedMinutes).toBe(90);
    expect(schedule.spareMinutes).toBe(30);
    expect(schedule.overrunMinutes).toBe(0);
  });

  it('reports the overrun when the agenda is longer than the session', () => {
    const schedule = scheduleAgenda('13:30', 60, [{ minutes: 50 }, { minutes: 25 }]);
    expect(schedule.overrunMinutes).toBe(15);
    expect(schedule.spareMinutes).toBe(0);
  });

  it('wraps past midnight and says so', () => {
    expect(scheduleAgenda('23:30', 120, [{ minutes: 45 }, { minutes: 10 }]).rows[1]?.start).toBe(
      '00:15 +1',
    );
  });

  it('treats negative, fractional junk or non-finite minutes as no time rather than NaN', () => {
    const schedule = scheduleAgenda('09:00', 60, [
      { minutes: -20 },
      { minutes: Number.NaN },
      { minutes: Infinity },
      { minutes: 10 },
    ]);
    expect(schedule.plannedMinutes).toBe(10);
    expect(schedule.ends).toBe('09:10');
  });

  it('formats durations and clock times for people', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(135)).toBe('2 h 15 min');
    expect(formatClockTime(9 * 60 + 5)).toBe('09:05');
  });
});
