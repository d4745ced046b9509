import type { RunFormat } from './document-format';
import { missingGlyphWidthTable } from './missing-glyph-width-table';

/** A face's widths: thousandths of an em, "start[-end]:width" (hexadecimal code points). */
export interface MissingGlyphFace {
  font: string;
  bold: boolean;
  italic: boolean;
  /** The width of every character the file lacks that `widths` does not name. */
  other: number;
  widths: string;
}

/** The widths of a docx release's layout for the characters some font files lack. */
export interface MissingGlyphWidthTable {
  docx: string;
  /** The font files', by name: their SHA-256, so a test knows when they change. */
  fonts: Record<string, string>;
  /** The first and last code point it covers. */
  from: number;
  to: number;
  faces: MissingGlyphFace[];
}

const decoded = new WeakMap<MissingGlyphFace, Map<number, number>>();

/** A face's widths, from the table's "start[-end]:width" entries, code points in hexadecimal. */
function widthsOf(face: MissingGlyphFace): Map<number, number> {
  let widths = decoded.get(face);
  if (widths) return widths;
  widths = new Map();
  for (const entry of face.widths.split(' ')) {
    if (!entry) continue;
    const [range = '', width = ''] = entry.split(':');
    const [start = '', end = start] = range.split('-');
    for (let code = parseInt(start, 16); code <= parseInt(end, 16); code += 1)
      widths.set(code, Number(width));
  }
  decoded.set(face, widths);
  return widths;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * How wide docx/layout measures a character the shipped font files have no glyph for, alone, in
 * points: from the table written by build/page-widths/write-missing-glyph-widths.ts, so
 * docx/layout need not be loaded for it. Undefined for a face or a character the table does not
 * hold (another font, a code point past what it covers): docx/layout measures those itself.
 * Only for characters the face's font file lacks: the others are measured from the file.
 */
export function missingGlyphWidth(codePoint: number, format: RunFormat): number | undefined {
  const { from, to, faces } = missingGlyphWidthTable;
  if (codePoint < from || codePoint > to || isSurrogate(codePoint)) return undefined;
  const font = format.font.toLowerCase();
  const face = faces.find(
    (candidate) =>
      candidate.font.toLowerCase() === font &&
      candidate.bold === format.bold &&
      candidate.italic === format.italic,
  );
  if (!face) return undefined;
  return ((widthsOf(face).get(codePoint) ?? face.other) * format.size) / 1000;
}
