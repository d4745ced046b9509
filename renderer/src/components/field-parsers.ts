import type { ParseResult } from '../hooks/use-autosave';

export function textParser(label: string, max: number, required = false) {
  return (draft: string): ParseResult<string> => {
    if (required && draft.trim() === '') return { ok: false, message: `${label} is required.` };
    if (draft.length > max) {
      return {
        ok: false,
        message: `${label} can be at most ${max.toLocaleString('en')} characters (now ${draft.length.toLocaleString('en')}).`,
      };
    }
    return { ok: true, value: required ? draft.trim() : draft };
  };
}

export function wholeNumberParser(label: string, min: number, max: number) {
  return (draft: string): ParseResult<number> => {
    const text = draft.trim();
    if (!/^-?\d+$/.test(text)) return { ok: false, message: `${label} must be a whole number.` };
    const value = Number(text);
    if (value < min || value > max)
      return { ok: false, message: `${label} must be between ${min} and ${max}.` };
    return { ok: true, value };
  };
}
