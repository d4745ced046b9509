/**
 * What the line breaking needs to know of a character, as bits worked out once per character
 * (code point) of a process rather than with regular expressions for every character of every
 * paragraph: the estimate of a long plan meets a few hundred distinct characters, hundreds of
 * thousands of times.
 */
export const noRoom = 1 << 0;
export const shaped = 1 << 1;
export const wide = 1 << 2;
export const ideograph = 1 << 3;
export const letterOrFigure = 1 << 4;
export const smallKana = 1 << 5;
export const digit = 1 << 6;
export const unsureAfter = 1 << 7;
export const unsureBefore = 1 << 8;
export const opening = 1 << 9;
export const rightToLeft = 1 << 10;
const known = 1 << 15;

/** Marks, and formatting characters: they take no room on the line. */
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
/** Small kana and the prolonged sound mark: Word never starts a line with one. */
const smallKanaCharacters = /[ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー]/u;
/**
 * Han ideographs and kana (Unicode's line-breaking class ID): Word breaks before and after each
 * one, as between words, except before small kana. Punctuation and Hangul are not among them.
 */
const isIdeographOrKana = (code: number) =>
  (code >= 0x3041 && code <= 0x3096) ||
  (code >= 0x30a1 && code <= 0x30fa) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff);
/** Characters after which Word may break a word in ways this estimate does not follow. */
const unsureAfterCharacters = /[/\\?!|…\u2014\u00AD\u200B-\u200F\u2060]/u;
/** Characters before which it may. */
const unsureBeforeCharacters = /[+\u2014\u00AD\u200B-\u200F\u2060]/u;
/** Opening brackets: Word, like Unicode's line breaking, never breaks right after one: "(+2)". */
const openingCharacters = /[([{]/u;
const letterOrFigureCharacters = /[\p{L}\p{N}]/u;

function traitsOfCharacter(code: number): number {
  const character = String.fromCodePoint(code);
  const isSmallKana = smallKanaCharacters.test(character);
  return (
    known |
    (takesNoRoom.test(character) ? noRoom : 0) |
    (isShapedScript(code) ? shaped : 0) |
    (isWide(code) ? wide : 0) |
    (isIdeographOrKana(code) && !isSmallKana ? ideograph : 0) |
    (letterOrFigureCharacters.test(character) ? letterOrFigure : 0) |
    (isSmallKana ? smallKana : 0) |
    (code >= 0x30 && code <= 0x39 ? digit : 0) |
    (unsureAfterCharacters.test(character) ? unsureAfter : 0) |
    (unsureBeforeCharacters.test(character) ? unsureBefore : 0) |
    (openingCharacters.test(character) ? opening : 0) |
    (isRightToLeft(code) ? rightToLeft : 0)
  );
}

const basicPlane = new Uint16Array(0x10000);
const otherPlanes = new Map<number, number>();

/** The traits of a character by its code point; of none (-1, the start of a word) none. */
export function traitsOf(code: number): number {
  if (code < 0) return 0;
  if (code < 0x10000) {
    let traits = basicPlane[code] as number;
    if (traits === 0) {
      traits = traitsOfCharacter(code);
      basicPlane[code] = traits;
    }
    return traits;
  }
  let traits = otherPlanes.get(code);
  if (traits === undefined) {
    traits = traitsOfCharacter(code);
    otherPlanes.set(code, traits);
  }
  return traits;
}
