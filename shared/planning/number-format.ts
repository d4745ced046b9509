/**
 * Number formatting written out by hand, so the screen (Chromium) and the documents (Node) print
 * exactly the same text whatever locale data each runtime carries. Nothing here ever prints NaN or
 * Infinity: a number that is not finite shows as a dash.
 */

import { groupedDigits } from '../domain/grouped-digits';

export const notANumberText = '—';

/** A whole number with thousands separators ("13,200"); past a trillion it switches to compact. */
export function formatWhole(value: number): string {
  if (!Number.isFinite(value)) return notANumberText;
  const rounded = Math.round(value);
  if (Math.abs(rounded) >= 1e12) return formatCompact(rounded);
  const sign = rounded < 0 ? '−' : '';
  return sign + groupedDigits(Math.abs(rounded));
}

const compactUnits = [
  { size: 1, suffix: '' },
  { size: 1e3, suffix: 'k' },
  { size: 1e6, suffix: 'M' },
  { size: 1e9, suffix: 'B' },
  { size: 1e12, suffix: 'T' },
] as const;

/** Three significant digits at most, trailing zeros dropped: 12.30 → "12.3", 4.00 → "4". */
function threeDigits(value: number): string {
  const decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return value.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1');
}

/**
 * A short form for axes and labels: 950 → "950", 13200 → "13.2k", 1250000 → "1.25M".
 * Beyond 999 trillion it says so instead of growing.
 */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return notANumberText;
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  if (size >= 999.5e12) return `${sign}>999T`;
  let index = Math.max(
    0,
    compactUnits.findLastIndex((unit) => size >= unit.size),
  );
  let text = threeDigits(size / (compactUnits[index]?.size ?? 1));
  // 999,950 rounds to "1000k": say "1M" instead.
  if (text === '1000') {
    index += 1;
    text = '1';
  }
  return sign + text + (compactUnits[index]?.suffix ?? '');
}

/** A percentage with as many decimals as it needs to mean something: "12.5 %", "0.0132 %". */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return notANumberText;
  const size = Math.abs(percent);
  let text: string;
  if (size === 0) text = '0';
  else if (size >= 10) text = size.toFixed(1).replace(/\.0$/, '');
  else if (size >= 1) text = size.toFixed(2).replace(/\.?0+$/, '');
  else {
    // Three significant digits for small rates, capped so a vanishing rate stays short.
    const decimals = Math.min(8, 2 - Math.floor(Math.log10(size)));
    text = size.toFixed(decimals).replace(/\.?0+$/, '');
    if (text === '0') text = '<0.00000001';
  }
  return `${percent < 0 ? '−' : ''}${text} %`;
}

/** A ratio such as "3.3×" for how far a need is above today's volume. */
export function formatTimes(ratio: number): string {
  if (!Number.isFinite(ratio)) return notANumberText;
  if (ratio >= 1000) return `${formatCompact(ratio)}×`;
  return `${threeDigits(Math.round(ratio * 10) / 10)}×`;
}
