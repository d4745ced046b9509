import { readFileSync } from 'node:fs';
import { chartFontFiles, defaultChartFontFolder } from '../charts/font-folder';

export interface PageFont {
  data: Uint8Array;
}

let cached: PageFont[] | undefined;

/**
 * The files of the font the deliverables are set in (Liberation Sans, shipped with the app for the
 * charts), read once: the contents' page numbers are worked out by measuring the text with them,
 * which is both closer to the printed pages and faster than measuring a look-alike. Without them
 * the layout measures a look-alike of the same widths (Arial) instead.
 */
export function pageFonts(): PageFont[] {
  if (cached) return cached;
  try {
    cached = chartFontFiles(defaultChartFontFolder()).map((file) => ({ data: readFileSync(file) }));
  } catch {
    cached = [];
  }
  return cached;
}
