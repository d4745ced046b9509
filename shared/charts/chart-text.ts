import { phaseLabel } from '../planning/work-backwards';
import { chartFont } from './chart-style';

/**
 * Text on the charts is never measured (a DOM without a window measures every text as 0 px), so
 * its width is estimated from its length at a conservative average character width.
 */
export const charWidth = chartFont.size * 0.56;

/** A name on one line of at most `maxChars`, white space folded; ends in … when cut. */
export function truncateText(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  return `${clean.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Wraps a label into at most `maxLines` lines of `maxChars`; the last line ends in … if cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(2, maxChars);
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  // A word longer than a line is broken with a hyphen rather than overflowing its neighbours.
  const pieces = words.flatMap((word) => {
    if (word.length <= width) return [word];
    const parts: string[] = [];
    for (let start = 0; start < word.length; start += width - 1) {
      const end = start + width - 1;
      parts.push(end < word.length ? `${word.slice(start, end)}-` : word.slice(start));
    }
    return parts;
  });
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith('-') && last.length + 1 + piece.length <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = (kept[maxLines - 1] ?? '').replace(/-$/, '');
  kept[maxLines - 1] =
    lastLine.length < width ? `${lastLine}…` : `${lastLine.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

/** How a phase reads on a chart when the consultant has not named it: "Phase 3", as in the plan. */
export const phaseDisplayName = phaseLabel;
