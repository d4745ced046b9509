import type { ParseResult } from '../hooks/use-autosave';

interface DecimalOptions {
  min: number;
  max: number;
  /** Accept a trailing "%" (conversion rates). */
  percent?: boolean;
  /** The message for a value below min, when a plain "at least" would not say why. */
  belowMinMessage?: string;
  aboveMaxMessage?: string;
}

/** More decimals than this is noise from a paste, and would show as 1e-7 once stored. */
const maxDecimals = 6;

const thousands = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const plain = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a decimal as a consultant types it: "1200000", "1,200,000", "1 200 000", "12.5", "-3";
 * blank clears the value (null). Refuses anything else with a message that says what to type,
 * so NaN, Infinity and "1e400" never reach storage.
 */
export function decimalParser(label: string, options: DecimalOptions) {
  const { min, max, percent = false, belowMinMessage, aboveMaxMessage } = options;
  return (draft: string): ParseResult<number | null> => {
    let text = draft.trim();
    if (percent) text = text.replace(/\s*%$/, '');
    if (text === '') return { ok: true, value: null };
    text = text.replace(/[\s\u00a0\u202f_']/g, '');
    if (thousands.test(text)) text = text.replace(/,/g, '');
    if (/^[+-]?\d+,\d+$/.test(text))
      return { ok: false, message: `${label}: use a point for decimals, like 12.5.` };
    const value = Number(text);
    if (!plain.test(text) || !Number.isFinite(value))
      return {
        ok: false,
        message: `${label} must be a number, like ${percent ? '35 or 12.5' : '1200 or 12.5'}.`,
      };
    if ((text.split('.')[1] ?? '').length > maxDecimals)
      return { ok: false, message: `${label} can have at most ${maxDecimals} decimals.` };
    if (value < min)
      return {
        ok: false,
        message:
          belowMinMessage ??
          (min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${show(min)}.`),
      };
    if (value > max)
      return {
        ok: false,
        message: aboveMaxMessage ?? `${label} can be at most ${show(max)}${percent ? ' %' : ''}.`,
      };
    return { ok: true, value };
  };
}

function show(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 4 });
}

/** How an optional stored number shows in its field: plain digits, blank when not set. */
export function formatOptionalDecimal(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}
