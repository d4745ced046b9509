import { describe, expect, it } from 'vitest';
import {
  accentForText,
  contrastRatio,
  parseAccentColour,
  textOnAccent,
} from '../../../shared/branding/accent-colour';
import { formatDocumentDate } from '../../../shared/documents/date-format';

describe('the accent colour', () => {
  it('takes what a consultant types as a colour and writes it one way', () => {
    expect(parseAccentColour('#1f3a5f')).toEqual({ ok: true, value: '#1F3A5F' });
    expect(parseAccentColour(' 0B7A75 ')).toEqual({ ok: true, value: '#0B7A75' });
    expect(parseAccentColour('#abc')).toEqual({ ok: true, value: '#AABBCC' });
  });

  it('says plainly when it is not a colour', () => {
    for (const text of ['teal', '#12345', 'rgb(1,2,3)', '', '#GG0000'])
      expect(parseAccentColour(text)).toEqual({
        ok: false,
        message: expect.stringMatching(/is not a colour: write it like #1F3A5F/),
      });
  });

  it('keeps headings readable on white: a pale accent is darkened, a dark one kept', () => {
    expect(accentForText('#1F3A5F')).toBe('#1F3A5F');
    const fromYellow = accentForText('#FFD166');
    expect(contrastRatio(fromYellow, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(textOnAccent('#1F3A5F')).toBe('#FFFFFF');
    expect(textOnAccent('#FFD166')).toBe('#000000');
  });
});

describe('dates in the consultant’s style', () => {
  it('writes a stored date in each style, and leaves anything else alone', () => {
    expect(formatDocumentDate('2027-01-14', 'day-month-year')).toBe('14 January 2027');
    expect(formatDocumentDate('2027-01-14', 'month-day-year')).toBe('January 14, 2027');
    expect(formatDocumentDate('2027-01-14', 'iso')).toBe('2027-01-14');
    expect(formatDocumentDate('', 'day-month-year')).toBe('');
    expect(formatDocumentDate('soon', 'day-month-year')).toBe('soon');
  });
});
