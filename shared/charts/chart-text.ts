import { phaseLabel } from '../planning/work-backwards';
import { chartFont } from './chart-style';

/**
 * Text on the charts is never measured (a DOM without a window measures every text as 0 px), so
 * its width is estimated from its length at a conservative average character width.
 */
export const charWidth = chartFont.size * 0.56;

/** Japanese, Chinese and Korean characters (and full-width forms) are about twice as wide. */
const wideCharacter =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** How many average characters (charWidth) a text takes: a wide character counts as two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const character of text) units += wideCharacter.test(character) ? 2 : character.length;
  return units;
}

/** A name on one line of at most `maxChars` (see textUnits), white space folded; ends in … when cut. */
export function truncateText(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textUnits(clean) <= maxChars) return clean;
  const room = Math.max(1, maxChars - 1);
  let kept = '';
  for (const character of clean) {
    if (kept !== '' && textUnits(kept + character) > room) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
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
