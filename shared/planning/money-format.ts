import { currencySymbol } from '../domain/currency';
import { formatCompact, formatWhole, notANumberText } from './number-format';

/** Symbols written before the amount with no space; codes are written with a space. */
function prefix(currency: string): string {
  if (currency === '') return '';
  const symbol = currencySymbol(currency);
  return /^[A-Z]{2,3}$/.test(symbol) ? `${symbol} ` : symbol;
}

function twoDecimals(value: number): string {
  const [whole = '0', cents = '00'] = Math.abs(value).toFixed(2).split('.');
  return `${formatWhole(Number(whole))}.${cents}`;
}

/**
 * An amount as the board reads it: "€12,000", "CHF 1,250", "€2.35" below a hundred, "€1.2T" past
 * a trillion; written by hand like the other numbers so screen and documents agree. Never NaN or
 * Infinity: what is not a finite number shows as a dash.
 */
export function formatMoney(value: number, currency: string): string {
  if (!Number.isFinite(value)) return notANumberText;
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  const amount =
    size >= 1e12
      ? formatCompact(size)
      : size < 100 && size !== Math.round(size)
        ? twoDecimals(size)
        : formatWhole(size);
  return `${sign}${prefix(currency)}${amount}`;
}

/** For axes: "€12k", "€1.25M". */
export function formatMoneyCompact(value: number, currency: string): string {
  if (!Number.isFinite(value)) return notANumberText;
  return `${value < 0 ? '−' : ''}${prefix(currency)}${formatCompact(Math.abs(value))}`;
}
