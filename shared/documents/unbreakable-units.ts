/**
 * What a line must never break inside, in a deliverable: a date, an amount with its currency, a
 * number with its unit. Word and LibreOffice break a line at any ordinary space, and after a
 * hyphen when the text does not fit; these are joined with characters that hold them together,
 * so "31 December 2027", "800,000 EUR", "38 customers" and "2027-02-15" each stay on one line.
 */

/** Holds the words either side together, and reads as a space. */
export const noBreakSpace = '\u00A0';
/** Reads as a hyphen that a line never breaks after (Word writes it as w:noBreakHyphen). */
export const noBreakHyphen = '\u2011';
/** Lets a line break where nothing shows: after the @ of an e-mail address. */
export const breakOpportunity = '\u200B';

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
/** 14 January 2027, 14 January, January 2027 */
const dayMonth = new RegExp(`\\b(\\d{1,2}) (${month})\\b`, 'gu');
const monthYear = new RegExp(`\\b(${month}) (\\d{4})\\b`, 'gu');
/** January 14, 2027 */
const monthDay = new RegExp(`\\b(${month}) (\\d{1,2})(?:,( )(\\d{4}))?\\b`, 'gu');
/**
 * A number and the short word, symbol or currency code after it: "38 customers", "12.5 %",
 * "800,000 EUR", "4 h". Longer words are left free to wrap, so a column is never held wide, and
 * so are the little words a sentence goes on with ("by 2027 with", "31 December 2027 at").
 */
const numberUnit =
  /(\d) (?!(?:a|an|and|are|as|at|be|by|for|from|if|in|is|it|of|on|or|so|than|that|the|then|to|was|we|were|when|where|which|while|who|will|with)(?![\p{L}\p{N}]))(?=(?:\p{L}{1,12}|[%‰°€$£¥₹])(?![\p{L}\p{N}]))/giu;
/** A currency code before its amount: "EUR 800,000", "CHF 1,250". */
const codeAmount = /\b([A-Z]{3}) (?=[−-]?\d)/gu;
/** A dash between two things ("16 November 2026 – 30 June 2027") never starts a line. */
const dashBetween = / ([–—]) /gu;

/** Every rule above needs a figure or a dash: text without one is left as it is, untried. */
const mayHoldUnits = /[\d–—]/u;

/**
 * The text with its dates, amounts and numbers with units held together. Dates in every style the
 * deliverables write (14 January 2027, January 14, 2027, 2027-01-14) and the consultant's own
 * text alike. Idempotent.
 */
export function keepUnitsTogether(text: string): string {
  if (!mayHoldUnits.test(text)) return text;
  return text
    .replace(isoDate, `$1${noBreakHyphen}$2${noBreakHyphen}$3`)
    .replace(dayMonth, `$1${noBreakSpace}$2`)
    .replace(monthYear, `$1${noBreakSpace}$2`)
    .replace(monthDay, (_match, name: string, day: string, comma?: string, year?: string) =>
      comma === undefined
        ? `${name}${noBreakSpace}${day}`
        : `${name}${noBreakSpace}${day},${noBreakSpace}${year}`,
    )
    .replace(codeAmount, `$1${noBreakSpace}`)
    .replace(numberUnit, `$1${noBreakSpace}`)
    .replace(dashBetween, `${noBreakSpace}$1 `);
}

/** An e-mail address that may break after its @, and nowhere else, in a narrow column. */
export function breakableEmail(address: string): string {
  return address.replace(/@(?!\u200B)/gu, `@${breakOpportunity}`);
}

/** Chinese, Japanese and Korean characters: a line may break before and after each. */
const ideograph =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/u;

/** What a line may break at inside a word: hyphens, en dashes and ideographs. */
const mayBreakInside =
  /[-\u2013\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/u;

/**
 * The pieces a line cannot break inside, as Word breaks the text the deliverables hold: at
 * ordinary spaces and line ends, at a break opportunity, after a hyphen or an en dash between
 * words (not before a figure: "2027-02" holds), and around ideographs. A piece's width is the
 * least a column must give its text for nothing in it to break mid-word.
 */
export function unbreakablePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const word of text.split(/[ \t\r\n\u200B]+/u)) {
    // A word without a hyphen, a dash or an ideograph is one piece.
    if (!mayBreakInside.test(word)) {
      if (word !== '') pieces.push(word);
      continue;
    }
    let piece = '';
    let previous = '';
    for (const character of word) {
      const breaksBefore =
        piece !== '' &&
        (ideograph.test(character) ||
          ideograph.test(previous) ||
          ((previous === '-' || previous === '\u2013') && !/\d/u.test(character)));
      if (breaksBefore) {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
      previous = character;
    }
    if (piece !== '') pieces.push(piece);
  }
  return pieces;
}
