import { keepUnitsTogether, unbreakablePieces } from '../../shared/documents/unbreakable-units';
import { readFontMetrics, type FontMetrics } from './page-estimate/font-metrics';
import { isHalfWidth, isWide } from './page-estimate/paragraph-lines';
import { pageFonts } from './page-fonts';

/** The body text's size in points (document-styles: 22 half-points). */
const textSize = 11;
/** Word's default cell margins, 108 twips either side, and half a border each side. */
const cellPadding = 2 * 5.4 + 0.5;
/** Room for the small differences between Word's and LibreOffice's measures of the same text. */
const slack = 1.5;
/** A character neither font file has, measured as an average letter. */
const averageAdvance = 0.55;

let faces: { regular?: FontMetrics; bold?: FontMetrics } | undefined;

function faceFor(bold: boolean): FontMetrics | undefined {
  if (!faces) {
    const read = pageFonts().flatMap((font) => {
      try {
        return [readFontMetrics(font.data)];
      } catch {
        return [];
      }
    });
    faces = {
      regular: read.find((face) => !face.bold && !face.italic),
      bold: read.find((face) => face.bold && !face.italic),
    };
  }
  return (bold ? faces.bold : faces.regular) ?? faces.regular;
}

/**
 * How wide a piece of text is set in the deliverables' font, in points, with the same font files
 * and the same rules for what they lack as the contents' fast layout (page-estimate/): a no-break
 * space is a space, a no-break hyphen a hyphen, East Asian characters an em.
 */
export function textWidth(text: string, bold = false): number {
  const face = faceFor(bold);
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    const measured = code === 0xa0 ? 0x20 : code === 0x2011 ? 0x2d : code;
    const advance = face?.advance(measured);
    width +=
      advance !== undefined
        ? advance
        : isWide(code)
          ? 1
          : isHalfWidth(code)
            ? 0.5
            : /[\p{Mn}\p{Me}\p{Cf}]/u.test(character)
              ? 0
              : averageAdvance;
  }
  return width * textSize;
}

/** The least width a cell's text needs, margins included, for no piece of it to break. */
export function leastCellWidth(text: string, bold = false): number {
  const widest = Math.max(0, ...unbreakablePieces(text).map((piece) => textWidth(piece, bold)));
  return widest + cellPadding + slack;
}

/**
 * Each column's share of the table, in percent: every column at least as wide as its widest
 * unbreakable piece (`least`, in points), the rest of the width shared among the others by their
 * weights. When even the least widths do not fit, each gets its least width's share.
 */
export function columnShares(
  weights: readonly number[],
  least: readonly number[],
  tableWidth: number,
): number[] {
  const count = weights.length;
  if (count === 0) return [];
  const weightOf = (column: number) => {
    const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
    return total > 0 ? Math.max(0, weights[column] ?? 0) : 1;
  };
  const leastOf = (column: number) => Math.max(0, least[column] ?? 0);
  const leastTotal = least.reduce((sum, width) => sum + Math.max(0, width), 0);
  if (leastTotal >= tableWidth)
    return weights.map((_, column) => (leastOf(column) * 100) / leastTotal);
  const held = new Array<boolean>(count).fill(false);
  const widths = new Array<number>(count).fill(0);
  for (;;) {
    const free = widths.map((_, column) => column).filter((column) => !held[column]);
    const room =
      tableWidth - widths.reduce((sum, _, column) => sum + (held[column] ? leastOf(column) : 0), 0);
    const freeWeight = free.reduce((sum, column) => sum + weightOf(column), 0);
    if (free.length === 0 || freeWeight === 0) {
      // Every column is held at its least width: what is left goes to all by their weights.
      const all = weights.reduce((sum, _, column) => sum + weightOf(column), 0);
      return widths.map(
        (_, column) => ((leastOf(column) + (room * weightOf(column)) / all) * 100) / tableWidth,
      );
    }
    const tooNarrow = free.filter(
      (column) => (room * weightOf(column)) / freeWeight < leastOf(column),
    );
    if (tooNarrow.length === 0) {
      return widths.map(
        (_, column) =>
          ((held[column] ? leastOf(column) : (room * weightOf(column)) / freeWeight) * 100) /
          tableWidth,
      );
    }
    for (const column of tooNarrow) held[column] = true;
  }
}

/** How a table's cells hold their units together: each line's text as the cell sets it. */
export type Keeping = (line: string) => string;

/** A line that is one unit and nothing more ("31 December 2027", "38 customers") holds it. */
const keepWholeUnits: Keeping = (line) => {
  const kept = keepUnitsTogether(line);
  return /[ \t]/u.test(kept) ? line : kept;
};

/**
 * The columns' shares of a table as wide as `tableWidth` (points), and how its cells keep their
 * units, from the first of three ways that fits: every date and amount held together; only the
 * cells that are a date or an amount and nothing else (a long text in a narrow column then
 * wraps between the words of its date); none, so at least no word breaks. Past that, the
 * columns share the width by their least widths.
 */
export function fitColumns(
  headers: readonly string[],
  weights: readonly number[],
  rows: readonly (readonly string[])[],
  tableWidth: number,
): { shares: number[]; keep: Keeping } {
  const headerLeast = headers.map((header) => leastCellWidth(header, true));
  const leastWith = (keep: Keeping) =>
    headers.map((_, column) =>
      Math.max(
        headerLeast[column] ?? 0,
        ...rows.map((row) =>
          leastCellWidth((row[column] ?? '').split(/\r?\n/u).map(keep).join('\n')),
        ),
      ),
    );
  const keepings: Keeping[] = [keepUnitsTogether, keepWholeUnits, (line) => line];
  let least: number[] = [];
  for (const keep of keepings) {
    least = leastWith(keep);
    if (least.reduce((sum, width) => sum + width, 0) <= tableWidth)
      return { shares: columnShares(weights, least, tableWidth), keep };
  }
  return { shares: columnShares(weights, least, tableWidth), keep: (line) => line };
}
