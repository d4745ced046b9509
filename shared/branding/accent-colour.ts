import { z } from 'zod';

/** The headings' blue of every deliverable so far: the accent until a consultant picks one. */
export const defaultAccentColour = '#1F3A5F';

const hexColour = /^#[0-9A-F]{6}$/;

export const accentColourSchema = z
  .string()
  .regex(hexColour, 'The accent colour must be a colour like #1F3A5F.');

export type AccentColourParse = { ok: true; value: string } | { ok: false; message: string };

/** What a consultant types as a colour ("#1f3a5f", "1F3A5F", "#abc") → "#1F3A5F", or why not. */
export function parseAccentColour(text: string): AccentColourParse {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match)
    return {
      ok: false,
      message: `“${text.trim().slice(0, 40)}” is not a colour: write it like #1F3A5F (six hexadecimal digits).`,
    };
  const digits = match[1] as string;
  const six =
    digits.length === 3
      ? digits
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : digits;
  return { ok: true, value: `#${six.toUpperCase()}` };
}

function channels(colour: string): [number, number, number] {
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0').toUpperCase();

/**
 * The accent as text on white paper: the colour itself when it reads well (4.5:1), else the same
 * hue darkened until it does, so a pale accent never leaves headings unreadable.
 */
export function accentForText(colour: string): string {
  let current = colour;
  const [r, g, b] = channels(colour);
  for (let share = 0.9; contrastRatio(current, '#FFFFFF') < 4.5 && share > 0; share -= 0.1)
    current = `#${hex(r * share)}${hex(g * share)}${hex(b * share)}`;
  return contrastRatio(current, '#FFFFFF') < 4.5 ? '#000000' : current;
}

/** Black or white, whichever reads better on the accent (a table header's text). */
export function textOnAccent(colour: string): string {
  return contrastRatio(colour, '#FFFFFF') >= contrastRatio(colour, '#000000')
    ? '#FFFFFF'
    : '#000000';
}
