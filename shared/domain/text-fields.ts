import { z } from 'zod';
import { groupedDigits } from './grouped-digits';

/** A required single-line name, trimmed, with a message a consultant can act on. */
export function requiredName(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

export function optionalText(label: string, max: number) {
  return z.string().max(max, `${label} can be at most ${groupedDigits(max)} characters.`);
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-22.')
  .refine(isRealDate, 'That is not a real date.');

/** True for a calendar date that exists: 2027-02-30 parses in JavaScript but rolls into March. */
export function isRealDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export const optionalIsoDate = z.union([z.literal(''), isoDate]);

/**
 * Dates like 2026-11-22 in the order of the calendar: as plain strings, the same order as
 * localeCompare's, with no collator to load (loading it cost the command line 15 ms).
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30.');

export const entityId = z.string().min(1).max(64);
export const timestamp = z.number().int().nonnegative();
