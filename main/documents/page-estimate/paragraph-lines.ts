import type { RunFormat } from './document-format';
import type { FontMetrics } from './font-metrics';
import { NotEstimated } from './formatted-xml';
import type { ParagraphBlock } from './layout-blocks';
import {
  digit,
  ideograph,
  isHalfWidth,
  letterOrFigure,
  noRoom,
  opening,
  rightToLeft,
  shaped,
  smallKana,
  traitsOf,
  unsureAfter,
  unsureBefore,
  wide,
} from './character-traits';
import { libraryCharacterWidth } from './library-widths';

export { isHalfWidth, isWide, takesNoRoom } from './character-traits';

/** A line of a paragraph: how tall it is, and the bookmarks that start on it. */
export interface Line {
  height: number;
  bookmarks: string[];
}

/** Finds the font file a run is measured with, as docx/layout does: italic falls back to upright. */
export type FaceOf = (format: RunFormat) => FontMetrics;

export const tolerance = 0.01;
const defaultTabStop = 36;

interface Piece {
  /** Width of the word without the spaces after it. */
  width: number;
  /** Width of the spaces after it, which may hang past the line's end. */
  trailing: number;
  formats: RunFormat[];
  pictures: number[];
  bookmarks: string[];
  unsure: boolean;
  kind: 'word' | 'tab' | 'break';
  tabFormat?: RunFormat;
}

/** Each format once per piece: the line's height is its tallest format's. */
function addFormat(piece: Piece, format: RunFormat) {
  if (piece.formats[piece.formats.length - 1] !== format) piece.formats.push(format);
}

function measure(faceOf: FaceOf, format: RunFormat, character: string): number {
  const advance = faceOf(format).advance(character.codePointAt(0) as number);
  if (advance === undefined) throw new NotEstimated(`a character its font has no glyph for`);
  return advance * format.size;
}

const piecesCache = new WeakMap<ParagraphBlock, Piece[]>();

/** Splits a paragraph into pieces a line breaks between: words with their spaces, tabs, breaks. */
function piecesOf(paragraph: ParagraphBlock, faceOf: FaceOf, figures: number): Piece[] {
  let pieces = piecesCache.get(paragraph);
  if (!pieces) {
    pieces = splitIntoPieces(paragraph, faceOf, figures);
    piecesCache.set(paragraph, pieces);
  }
  return pieces;
}

function splitIntoPieces(paragraph: ParagraphBlock, faceOf: FaceOf, figures: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  let pendingBookmarks: string[] = [];
  const start = (): Piece => {
    current = {
      width: 0,
      trailing: 0,
      formats: [],
      pictures: [],
      bookmarks: pendingBookmarks,
      unsure: false,
      kind: 'word',
    };
    pendingBookmarks = [];
    pieces.push(current);
    return current;
  };
  const end = () => (current = undefined);
  // The characters before, by code point and traits; -1 at the start of a word's text.
  let previous = -1;
  let beforePrevious = -1;
  let afterIdeograph = false;
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'bookmark') {
      if (current) current.bookmarks.push(inline.name);
      else pendingBookmarks.push(inline.name);
      continue;
    }
    if (inline.kind === 'tab' || inline.kind === 'break') {
      end();
      const piece = start();
      piece.kind = inline.kind;
      piece.tabFormat = inline.format;
      piece.formats.push(inline.format);
      end();
      previous = -1;
      continue;
    }
    if (inline.kind === 'picture') {
      end();
      const piece = start();
      piece.width = inline.width;
      piece.pictures.push(inline.height);
      piece.formats.push(inline.format);
      end();
      previous = -1;
      continue;
    }
    if (inline.kind === 'pageNumber') {
      const piece = current && current.trailing === 0 ? current : start();
      // Written once the pages are known: as wide as that many of the font's widest figures.
      const figure = Math.max(
        ...[...'0123456789'].map((digit) => measure(faceOf, inline.format, digit)),
      );
      piece.width += figures * figure;
      addFormat(piece, inline.format);
      previous = 0x30;
      continue;
    }
    const face = faceOf(inline.format);
    const { size } = inline.format;
    const { text } = inline;
    for (let at = 0; at < text.length;) {
      const code = text.codePointAt(at) as number;
      at += code > 0xffff ? 2 : 1;
      const traits = traitsOf(code);
      if (traits & noRoom) continue;
      if (traits & shaped) throw new NotEstimated('text in a script Word shapes');
      const advance = face.advance(code === 0xa0 ? 32 : code);
      // What the font file lacks, docx/layout measures from its width tables: an em for East
      // Asian characters, half an em for their half-width forms, others as its tables say.
      const width =
        advance !== undefined
          ? advance * size
          : traits & wide
            ? size
            : isHalfWidth(code)
              ? size / 2
              : libraryCharacterWidth(String.fromCodePoint(code), inline.format);
      if (code === 32) {
        const piece = current ?? start();
        piece.trailing += width;
        addFormat(piece, inline.format);
        previous = code;
        continue;
      }
      const before = traitsOf(previous);
      // A word after spaces starts a new piece.
      let piece = current && current.trailing === 0 ? current : start();
      // So does an ideograph after a letter or figure (佐藤, Kenji佐藤), and a letter or figure
      // after an ideograph: a line may break there, as between words.
      const isIdeograph = (traits & ideograph) !== 0;
      if (
        piece.width > 0 &&
        ((isIdeograph && before & letterOrFigure) ||
          (afterIdeograph && traits & letterOrFigure && !(traits & smallKana)))
      )
        piece = start();
      afterIdeograph = isIdeograph;
      // Word breaks after a hyphen or en dash between a word and a letter.
      if ((previous === 0x2d || previous === 0x2013) && piece.width > 0 && !(traits & digit))
        piece = start();
      // A slash between figures (24/7, 3/4) holds them together, as a number.
      const inNumber = previous === 0x2f && traitsOf(beforePrevious) & digit && traits & digit;
      if (
        piece.width > 0 &&
        ((before & unsureAfter && !inNumber) ||
          (traits & unsureBefore && !(before & opening)) ||
          traits & wide ||
          before & wide)
      )
        piece.unsure = true;
      beforePrevious = previous;
      piece.width += width;
      // Right-to-left text is reordered as Word lays it out: where it would wrap, it is not followed.
      if (traits & rightToLeft) piece.unsure = true;
      addFormat(piece, inline.format);
      previous = code;
    }
  }
  if (pendingBookmarks.length > 0) {
    const piece = start();
    piece.bookmarks = pendingBookmarks;
  }
  return pieces;
}

function heightOf(formats: readonly RunFormat[], pictures: readonly number[], faceOf: FaceOf) {
  let ascent = 0;
  let descent = 0;
  let tallest = 0;
  for (const format of formats) {
    const face = faceOf(format);
    const line = face.lineHeight * format.size;
    const below = face.descent * format.size;
    tallest = Math.max(tallest, line);
    descent = Math.max(descent, below);
    ascent = Math.max(ascent, line - below);
  }
  const picture = Math.max(0, ...pictures);
  return Math.max(Math.max(picture, ascent) + descent, tallest);
}

/**
 * Breaks a paragraph into lines in the width of its text area, as Word does for the text the
 * deliverables hold: at spaces, after hyphens and en dashes between words, at tabs and breaks;
 * each line as tall as its tallest font's single line, or its picture and the text's descent.
 * Where Word could break otherwise (a word longer than the line, a slash in a word that wraps,
 * a tab that does not fit), it gives up: the library lays that out.
 */
export function paragraphLines(
  paragraph: ParagraphBlock,
  areaWidth: number,
  faceOf: FaceOf,
  figures: number,
): Line[] {
  const { format } = paragraph;
  const right = areaWidth - format.right;
  const pieces = piecesOf(paragraph, faceOf, figures);
  const hasTab = pieces.some((piece) => piece.kind === 'tab');
  const lines: Line[] = [];
  let formats: RunFormat[] = [];
  let pictures: number[] = [];
  let bookmarks: string[] = [];
  let first = true;
  let lineStart = format.left + format.firstLine;
  if (paragraph.bullet) {
    const bulletWidth = [...paragraph.bullet.text].reduce(
      (total, character) => total + measure(faceOf, paragraph.bullet!.format, character),
      0,
    );
    if (format.firstLine >= 0 || bulletWidth > -format.firstLine)
      throw new NotEstimated('a bullet that does not fit its hanging indent');
    // The bullet sits in the hanging indent; the tab after it moves the text to the indent.
    lineStart = format.left;
    formats.push(paragraph.bullet.format);
  }
  let x = lineStart;
  let empty = true;
  const finishLine = () => {
    lines.push({
      height: heightOf(formats.length > 0 ? formats : [paragraph.mark], pictures, faceOf),
      bookmarks,
    });
    formats = [];
    pictures = [];
    bookmarks = [];
    first = false;
    x = format.left;
    empty = true;
  };
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      formats.push(...piece.formats);
      finishLine();
      continue;
    }
    if (piece.kind === 'tab') {
      const stops = [
        ...format.tabs,
        ...(first && format.firstLine < 0
          ? [{ position: format.left, kind: 'left' as const }]
          : []),
      ].sort((a, b) => a.position - b.position);
      const stop = stops.find((candidate) => candidate.position > x + tolerance);
      if (stop?.kind === 'right') {
        // The text up to the next tab or the end goes to end at the stop.
        const index = pieces.indexOf(piece);
        const following = pieces.slice(index + 1);
        const nextTab = following.findIndex((other) => other.kind !== 'word');
        const segment = following.slice(0, nextTab === -1 ? following.length : nextTab);
        const width = segment.reduce(
          (total, other, at) =>
            total + other.width + (at < segment.length - 1 ? other.trailing : 0),
          0,
        );
        if (stop.position > right + tolerance || stop.position - width < x - tolerance)
          throw new NotEstimated('text after a right tab that does not fit before it');
        x = stop.position - width;
      } else {
        const position =
          stop?.position ?? (Math.floor((x + tolerance) / defaultTabStop) + 1) * defaultTabStop;
        if (position > right + tolerance) throw new NotEstimated('a tab past the end of the line');
        x = position;
      }
      formats.push(...piece.formats);
      empty = false;
      continue;
    }
    if (!empty && x + piece.width > right + tolerance) {
      if (piece.unsure)
        throw new NotEstimated('a word Word may break otherwise at the end of a line');
      if (hasTab) throw new NotEstimated('a line with a tab that wraps');
      finishLine();
    }
    if (x + piece.width > right + tolerance && piece.width > 0)
      throw new NotEstimated('a word longer than its line');
    x += piece.width + piece.trailing;
    formats.push(...piece.formats);
    pictures.push(...piece.pictures);
    bookmarks.push(...piece.bookmarks);
    empty = false;
  }
  formats.push(paragraph.mark);
  finishLine();
  return lines;
}

/** The widest word of a paragraph, with its indents: the least width its lines can be laid out in. */
export function widestWord(paragraph: ParagraphBlock, faceOf: FaceOf, figures: number): number {
  let widest = 0;
  for (const piece of piecesOf(paragraph, faceOf, figures))
    if (piece.kind === 'word' && piece.width > widest) widest = piece.width;
  return widest + paragraph.format.left + paragraph.format.right;
}
