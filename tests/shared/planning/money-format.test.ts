import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact } from '../../../shared/planning/money-format';

describe('amounts of money', () => {
  it('reads as the board reads it, in the engagement’s currency', () => {
    expect(formatMoney(12_000, 'EUR')).toBe('€12,000');
    expect(formatMoney(1250, 'CHF')).toBe('CHF 1,250');
    expect(formatMoney(2.345, 'USD')).toBe('$2.35');
    expect(formatMoney(99.5, 'GBP')).toBe('£99.50');
    expect(formatMoney(40, 'EUR')).toBe('€40');
    expect(formatMoney(-3000, 'EUR')).toBe('−€3,000');
    expect(formatMoney(1250, 'XAF')).toBe('XAF 1,250');
    expect(formatMoney(1250, '')).toBe('1,250');
    expect(formatMoney(1.2e13, 'EUR')).toBe('€12T');
    expect(formatMoneyCompact(1_250_000, 'EUR')).toBe('€1.25M');
  });

  it('never prints NaN or Infinity', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(formatMoney(value, 'EUR')).toBe('—');
      expect(formatMoneyCompact(value, 'EUR')).toBe('—');
    }
  });
});
