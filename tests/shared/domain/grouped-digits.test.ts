import { describe, expect, it } from 'vitest';
import { groupedDigits } from '../../../shared/domain/grouped-digits';

const wholeNumbers = [
  0,
  -0,
  7,
  -7,
  99,
  999,
  1000,
  -1000,
  1234,
  12_345,
  100_000,
  999_999,
  1_000_000,
  -1_234_567,
  1e10,
  1e12,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
];

describe('groupedDigits', () => {
  it('writes whole numbers as toLocaleString("en") does', () => {
    for (const value of wholeNumbers) expect(groupedDigits(value)).toBe(value.toLocaleString('en'));
  });

  it('leaves fractions and numbers past the safe integers to Intl', () => {
    for (const value of [1234.5, -0.25, 1e21, Number.NaN, Infinity])
      expect(groupedDigits(value)).toBe(value.toLocaleString('en'));
  });
});
