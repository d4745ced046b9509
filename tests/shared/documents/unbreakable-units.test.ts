import { describe, expect, it } from 'vitest';
import { formatDocumentDate } from '../../../shared/documents/date-format';
import {
  breakableEmail,
  keepUnitsTogether,
  unbreakablePieces,
} from '../../../shared/documents/unbreakable-units';
import { formatMoney } from '../../../shared/planning/money-format';
import { formatPercent } from '../../../shared/planning/number-format';

/** Shows the joining characters: · for a no-break space, ‑ stays the no-break hyphen. */
const shown = (text: string) => text.replaceAll('\u00A0', '·');

describe('units a line never breaks inside', () => {
  it('holds a date together in every style the deliverables write', () => {
    expect(shown(keepUnitsTogether(formatDocumentDate('2027-12-31', 'day-month-year')))).toBe(
      '31·December·2027',
    );
    expect(shown(keepUnitsTogether(formatDocumentDate('2027-01-14', 'month-day-year')))).toBe(
      'January·14,·2027',
    );
    expect(keepUnitsTogether(formatDocumentDate('2027-02-15', 'iso'))).toBe('2027\u201102\u201115');
  });

  it('holds each date of a range together, and the dash with the first', () => {
    expect(shown(keepUnitsTogether('16 November 2026 – 30 June 2027'))).toBe(
      '16·November·2026·– 30·June·2027',
    );
    expect(keepUnitsTogether('2026-11-16 – 2027-06-30')).toBe(
      '2026\u201111\u201116\u00A0– 2027\u201106\u201130',
    );
  });

  it('holds an amount with its currency and a number with its unit', () => {
    expect(shown(keepUnitsTogether('800,000 EUR'))).toBe('800,000·EUR');
    expect(shown(keepUnitsTogether(formatMoney(1250, 'CHF')))).toBe('CHF·1,250');
    expect(shown(keepUnitsTogether('From 38 customers to 60 customers'))).toBe(
      'From 38·customers to 60·customers',
    );
    expect(shown(keepUnitsTogether(`a return of ${formatPercent(553.1)}`))).toBe(
      'a return of 553.1·%',
    );
    expect(shown(keepUnitsTogether('94 days, 4 h'))).toBe('94·days, 4·h');
  });

  it('leaves other text free to wrap, and is the same when applied twice', () => {
    const text = 'Grow our share of the mid-size distributor market in 2027 with refrigeration';
    expect(keepUnitsTogether(text)).toBe(
      'Grow our share of the mid-size distributor market in 2027 with refrigeration',
    );
    // A long word after a number is not a unit: it would hold a narrow column wide.
    expect(keepUnitsTogether('60 refrigeration-monitored vehicles')).toBe(
      '60 refrigeration-monitored vehicles',
    );
    const once = keepUnitsTogether('31 December 2027, 800,000 EUR, 2027-02-15');
    expect(keepUnitsTogether(once)).toBe(once);
  });

  it('lets an e-mail address break after its @ only', () => {
    expect(breakableEmail('ingrid.halvorsen@halvorsen.example')).toBe(
      'ingrid.halvorsen@\u200Bhalvorsen.example',
    );
    expect(breakableEmail(breakableEmail('a@b.example'))).toBe('a@\u200Bb.example');
    expect(unbreakablePieces(breakableEmail('ingrid.halvorsen@halvorsen.example'))).toEqual([
      'ingrid.halvorsen@',
      'halvorsen.example',
    ]);
  });

  it('finds the pieces Word cannot break inside: held units, words, ideographs one by one', () => {
    expect(unbreakablePieces(keepUnitsTogether('by 31 December 2027 at the fair'))).toEqual([
      'by',
      '31\u00A0December\u00A02027',
      'at',
      'the',
      'fair',
    ]);
    // After a hyphen between words a line may break; before a figure it may not.
    expect(unbreakablePieces('mid-size 2027-02-15')).toEqual(['mid-', 'size', '2027-02-15']);
    expect(unbreakablePieces('佐藤 花子')).toEqual(['佐', '藤', '花', '子']);
  });
});
