import { textWidth } from './column-widths';
import { textBox, type Orientation } from './page-layout';

/** The body text's line in points: Liberation Sans at 11 points sets 1.149 times its size. */
const lineHeight = 11 * 1.149;
/** Word's default cell margins, 108 twips either side. */
const cellMargins = 2 * 5.4;
/** The fewest rows a page may hold of a table that began on the page before. */
export const leastRowsOfATail = 4;

/** How many lines of the page's text area a page holds, about. */
export function linesOnAPage(orientation: Orientation): number {
  const points = textBox(orientation).height * 0.75;
  return Math.floor(points / lineHeight);
}

/**
 * About how many lines a row takes, set in its columns (`widths`, in points, margins included):
 * the most of any of its cells, each line the consultant typed wrapped where it runs past the
 * column. A guess that errs on the short side: words wrap a little earlier than this.
 */
export function rowLines(cells: readonly string[], widths: readonly number[]): number {
  return Math.max(
    1,
    ...cells.map((text, column) => wrappedLines(text, (widths[column] ?? 0) - cellMargins)),
  );
}

/** About how many lines a text takes in `room` points, each line typed wrapped where it runs past. */
export function wrappedLines(text: string, room: number): number {
  return text
    .split(/\r?\n/u)
    .reduce(
      (lines, line) => lines + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, room))),
      0,
    );
}

/**
 * From which row on a table's rows go whole and each is kept with the next (as Word keeps rows:
 * `cantSplit`, and `keepNext` on the first paragraph of the first cell), so that no page holds
 * only a table's last few rows, a page a consultant would not send:
 * - a table of up to half a page, about, goes whole: to the next page with its heading when it
 *   does not fit on this one;
 * - a longer one keeps its last rows together: at least four, and at least a quarter of a page,
 *   so its last page reads as a part of it, never as a remnant;
 * - never more than half a page, so what is kept together always fits a page, in Word and in
 *   LibreOffice alike, and breaks the same way in both.
 * A list's entries are kept as a table's rows are. `lines` is each body row's (or entry's) lines
 * (rowLines, wrappedLines); the table's length when nothing is kept.
 */
export function firstKeptRow(lines: readonly number[], pageLines: number): number {
  const count = lines.length;
  const total = lines.reduce((sum, rowLines) => sum + rowLines, 0);
  if (total <= pageLines / 2) return count < 2 ? count : 0;
  let from = count;
  let kept = 0;
  while (from > 0) {
    const enough = count - from >= leastRowsOfATail && kept >= pageLines / 4;
    const next = lines[from - 1] as number;
    if (enough || kept + next > pageLines / 2) break;
    from -= 1;
    kept += next;
  }
  return count - from < 2 ? count : from;
}
