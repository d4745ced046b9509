import { describe, expect, it } from 'vitest';
import {
  decimalParser,
  formatOptionalDecimal,
} from '../../../renderer/src/components/decimal-parser';

const baseline = decimalParser('The baseline', { min: 0, max: 1e12 });
const conversion = decimalParser('The conversion', { min: 0, max: 100, percent: true });

describe('decimal parser', () => {
  it('reads numbers as consultants type them; blank clears', () => {
    expect(baseline('1200000')).toEqual({ ok: true, value: 1_200_000 });
    expect(baseline(' 1,200,000 ')).toEqual({ ok: true, value: 1_200_000 });
    expect(baseline('1 200 000')).toEqual({ ok: true, value: 1_200_000 });
    expect(baseline('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(baseline('.5')).toEqual({ ok: true, value: 0.5 });
    expect(baseline('')).toEqual({ ok: true, value: null });
    expect(conversion('35 %')).toEqual({ ok: true, value: 35 });
  });

  it('refuses text, exponents, NaN and Infinity with a message that says what to type', () => {
    for (const draft of [
      'abc',
      '12abc',
      '1e400',
      'NaN',
      'Infinity',
      '1.2.3',
      '--5',
      '9'.repeat(400),
    ])
      expect(baseline(draft)).toEqual({
        ok: false,
        message: 'The baseline must be a number, like 1200 or 12.5.',
      });
    expect(baseline('12,5')).toEqual({
      ok: false,
      message: 'The baseline: use a point for decimals, like 12.5.',
    });
  });

  it('bounds values with a clear message', () => {
    expect(baseline('-5')).toEqual({ ok: false, message: 'The baseline cannot be negative.' });
    expect(baseline('2000000000000')).toEqual({
      ok: false,
      message: 'The baseline can be at most 1,000,000,000,000.',
    });
    expect(conversion('140')).toEqual({
      ok: false,
      message: 'The conversion can be at most 100 %.',
    });
    expect(baseline('0.1234567')).toEqual({
      ok: false,
      message: 'The baseline can have at most 6 decimals.',
    });
  });

  it('shows a stored value as plain digits, and nothing for unset or broken values', () => {
    expect(formatOptionalDecimal(1_200_000)).toBe('1200000');
    expect(formatOptionalDecimal(0.000001)).toBe('0.000001');
    expect(formatOptionalDecimal(null)).toBe('');
    expect(formatOptionalDecimal(Number.NaN)).toBe('');
  });
});
