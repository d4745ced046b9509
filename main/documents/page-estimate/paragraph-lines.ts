import type { RunFormat } from './document-format';
import type { FontMetrics } from './font-metrics';
import { NotEstimated } from './formatted-xml';
import type { ParagraphBlock } from './layout-blocks';
import { libraryCharacterWidth } from './library-widths';

/** A line of a paragraph: how tall it is, and the bookmarks that start on it. */
export interface Line {
  height: number;
  bookmarks: string[];
}

/** Finds the font file a run is measured with, as docx/layout does: italic falls back to upright. */
export type FaceOf = (format: RunFormat) => FontMetrics;

export const tolerance = 0.01;
const defaultTabStop = 36;

/** Characters after which Word may break a word in ways this estimate does not follow. */
const unsureAfter = /[/\\?!|…\u2014\u00AD\u200B-\u200F\u2060]/u;
/** Characters before which it may. */
const unsureBefore = /[+\u2014\u00AD\u200B-\u200F\u2060]/u;
/** Opening brackets: Word, like Unicode's line breaking, never breaks right after one: "(+2)". */
const opening = /[([{]/u;
/** Scripts whose letters Word shapes into forms of other widths (Indic, Thai, Khmer, Javanese…). */
const isShapedScript = (code: number) =>
  (code >= 0x0900 && code <= 0x109f) ||
  (code >= 0x1780 && code <= 0x17ff) ||
  (code >= 0x1b00 && code <= 0x1bff) ||
  (code >= 0xa980 && code <= 0xa9df);
/** Right-to-left letters (Hebrew, Arabic): Word reorders them, so a word of them never wraps here. */
const isRightToLeft = (code: number) =>
  (code >= 0x0590 && code <= 0x08ff) ||
  (code >= 0xfb1d && code <= 0xfdff) ||
  (code >= 0xfe70 && code <= 0xfeff);
export const takesNoRoom = /[\p{Mn}\p{Me}\p{Cf}]/u;
/** Chinese, Japanese and Korean, whose characters are an em wide and break between each other. */
export const isWide = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  code >= 0x1f300;
export const isHalfWidth = (code: number) => code >= 0xff61 && code <= 0xffdc;
/** Small kana and the prolonged sound mark: Word never starts a line with one. */
const smallKana = /[ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー]/u;
/**
 * Han ideographs and kana (Unicode's line-breaking class ID): Word breaks before and after each
 * one, as between words, except before small kana. Punctuation and Hangul are not among them.
 */
const breaksAround = (character: string, code: number) =>
  ((code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)) &&
  !smallKana.test(character);
const letterOrFigure = /[\p{L}\p{N}]/u;

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
  let previous = '';
  let beforePrevious = '';
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
      previous = '';
      continue;
    }
    if (inline.kind === 'picture') {
      end();
      const piece = start();
      piece.width = inline.width;
      piece.pictures.push(inline.height);
      piece.formats.push(inline.format);
      end();
      previous = '';
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
      previous = '0';
      continue;
    }
    const face = faceOf(inline.format);
    const { size } = inline.format;
    for (const character of inline.text) {
      if (takesNoRoom.test(character)) continue;
      const code = character === '\u00A0' ? 32 : (character.codePointAt(0) as number);
      if (isShapedScript(code)) throw new NotEstimated('text in a script Word shapes');
      const advance = face.advance(code);
      // What the font file lacks, docx/layout measures from its width tables: an em for East
      // Asian characters, half an em for their half-width forms, others as its tables say.
      const width =
        advance !== undefined
          ? advance * size
          : isWide(code)
            ? size
            : isHalfWidth(code)
              ? size / 2
              : libraryCharacterWidth(character, inline.format);
      if (character === ' ') {
        const piece = current ?? start();
        piece.trailing += width;
        addFormat(piece, inline.format);
        previous = character;
        continue;
      }
      // A word after spaces starts a new piece.
      let piece = current && current.trailing === 0 ? current : start();
      // So does an ideograph after a letter or figure (佐藤, Kenji佐藤), and a letter or figure
      // after an ideograph: a line may break there, as between words.
      const ideograph = breaksAround(character, code);
      if (
        piece.width > 0 &&
        ((ideograph && letterOrFigure.test(previous)) ||
          (afterIdeograph && letterOrFigure.test(character) && !smallKana.test(character)))
      )
        piece = start();
      afterIdeograph = ideograph;
      // Word breaks after a hyphen or en dash between a word and a letter.
      if ((previous === '-' || previous === '\u2013') && piece.width > 0 && !/\d/u.test(character))
        piece = start();
      // A slash between figures (24/7, 3/4) holds them together, as a number.
      const inNumber = previous === '/' && /\d/u.test(beforePrevious) && /\d/u.test(character);
      if (
        piece.width > 0 &&
        ((unsureAfter.test(previous) && !inNumber) ||
          (unsureBefore.test(character) && !opening.test(previous)) ||
          isWide(code) ||
          isWide(previous.codePointAt(0) ?? 0))
      )
        piece.unsure = true;
      beforePrevious = previous;
      piece.width += width;
      // Right-to-left text is reordered as Word lays it out: where it would wrap, it is not followed.
      if (isRightToLeft(code)) piece.unsure = true;
      addFormat(piece, inline.format);
      previous = character;
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
  const words = piecesOf(paragraph, faceOf, figures).filter((piece) => piece.kind === 'word');
  return (
    Math.max(0, ...words.map((piece) => piece.width)) +
    paragraph.format.left +
    paragraph.format.right
  );
}
