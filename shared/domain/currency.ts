import { z } from 'zod';

/**
 * The currencies offered first when an engagement's budgets get their currency; any other
 * three-letter ISO 4217 code can be typed. Symbols are only for reading; files keep the code.
 */
export const commonCurrencies = [
  { code: 'EUR', name: 'Euro', symbol: '€' },
  { code: 'USD', name: 'US dollar', symbol: '$' },
  { code: 'GBP', name: 'Pound sterling', symbol: '£' },
  { code: 'CHF', name: 'Swiss franc', symbol: 'CHF' },
  { code: 'SEK', name: 'Swedish krona', symbol: 'SEK' },
  { code: 'NOK', name: 'Norwegian krone', symbol: 'NOK' },
  { code: 'DKK', name: 'Danish krone', symbol: 'DKK' },
  { code: 'PLN', name: 'Polish złoty', symbol: 'PLN' },
  { code: 'CAD', name: 'Canadian dollar', symbol: 'CA$' },
  { code: 'AUD', name: 'Australian dollar', symbol: 'A$' },
  { code: 'JPY', name: 'Japanese yen', symbol: '¥' },
  { code: 'CNY', name: 'Chinese yuan', symbol: 'CN¥' },
  { code: 'INR', name: 'Indian rupee', symbol: '₹' },
  { code: 'BRL', name: 'Brazilian real', symbol: 'R$' },
  { code: 'ZAR', name: 'South African rand', symbol: 'ZAR' },
] as const;

export const currencyCodePattern = /^[A-Z]{3}$/;

/** A currency as stored: a three-letter ISO 4217 code, or '' while none has been chosen. */
export const optionalCurrencyCode = z
  .string()
  .refine(
    (value) => value === '' || currencyCodePattern.test(value),
    'A currency is a three-letter code such as EUR or USD.',
  );

/** What a currency code reads as beside an amount: "€", "$", or the code itself. */
export function currencySymbol(code: string): string {
  return commonCurrencies.find((currency) => currency.code === code)?.symbol ?? code;
}
