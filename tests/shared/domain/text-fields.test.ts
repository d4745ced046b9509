import { describe, expect, it } from 'vitest';
import { compareIsoDates } from '../../../shared/domain/text-fields';

describe('compareIsoDates', () => {
  it('orders dates, and no date, as localeCompare did', () => {
    const dates = [
      '2027-01-14',
      '',
      '2026-12-31',
      '2027-01-02',
      '2026-02-28',
      '2027-01-14',
      '9999-12-31',
    ];
    const sign = (value: number) => Math.sign(value);
    for (const a of dates)
      for (const b of dates) expect(sign(compareIsoDates(a, b))).toBe(sign(a.localeCompare(b)));
  });
});
