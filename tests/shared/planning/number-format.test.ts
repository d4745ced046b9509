import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatPercent,
  formatTimes,
  formatWhole,
} from '../../../shared/planning/number-format';

describe('number formats, the same in every runtime', () => {
  it('groups whole numbers in threes', () => {
    expect(formatWhole(0)).toBe('0');
    expect(formatWhole(132)).toBe('132');
    expect(formatWhole(13_200)).toBe('13,200');
    expect(formatWhole(1_234_567.6)).toBe('1,234,568');
    expect(formatWhole(-4321)).toBe('−4,321');
  });

  it('shortens large numbers to three significant digits', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1234)).toBe('1.23k');
    expect(formatCompact(13_200)).toBe('13.2k');
    expect(formatCompact(999_950)).toBe('1M');
    expect(formatCompact(1_250_000)).toBe('1.25M');
    expect(formatCompact(6.45e9)).toBe('6.45B');
    expect(formatCompact(1e12)).toBe('1T');
    expect(formatCompact(1e20)).toBe('>999T');
    expect(formatWhole(2e12)).toBe('2T');
  });

  it('gives percentages the decimals they need', () => {
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(12.5)).toBe('12.5 %');
    expect(formatPercent(2.5)).toBe('2.5 %');
    expect(formatPercent(0.0025)).toBe('0.0025 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatTimes(6.6)).toBe('6.6×');
    expect(formatTimes(3.33)).toBe('3.3×');
  });

  it('never prints NaN or Infinity', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const format of [formatWhole, formatCompact, formatPercent, formatTimes])
        expect(format(bad)).toBe('—');
    }
  });
});
