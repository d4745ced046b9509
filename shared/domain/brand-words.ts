import { z } from 'zod';

/** A list of words is a handful the team can remember, not a thesaurus. */
export const maxWordsPerList = 100;
/** A word or a short phrase ("best-in-class", "world leader"). */
export const maxWordLength = 60;
/** Longer than this, a paste is certainly not a list of words; refused before it is split. */
const maxPasteLength = 100_000;

export const wordListKeys = ['wordsToUse', 'wordsToAvoid'] as const;
export type WordListKey = (typeof wordListKeys)[number];

export function wordListSchema(label: string) {
  return z
    .array(
      z
        .string()
        .trim()
        .min(1, `${label}: an entry cannot be empty.`)
        .max(maxWordLength, `${label}: a word can be at most ${maxWordLength} characters.`),
    )
    .max(maxWordsPerList, `${label} can hold at most ${maxWordsPerList} words.`);
}

const sameWord = (word: string) => word.toLocaleLowerCase('en');

/** Splits what was typed or pasted into words: one per line, or separated by commas or semicolons. */
export function splitWords(text: string): string[] {
  return text
    .split(/[\n\r,;\t]+/)
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter((word) => word !== '');
}

export type AddWordsResult =
  | { ok: true; words: string[]; added: string[]; alreadyThere: string[] }
  | { ok: false; message: string };

/**
 * Adds what was typed to a list: duplicates (ignoring case) are skipped, and a paste that does not
 * fit is refused whole with the reason, so the text stays in the box and nothing is half-added.
 */
export function addWords(existing: readonly string[], text: string): AddWordsResult {
  if (text.length > maxPasteLength) {
    return {
      ok: false,
      message: `That is ${text.length.toLocaleString('en')} characters: too long for a list of words. A list holds at most ${maxWordsPerList} words.`,
    };
  }
  const typed = splitWords(text);
  if (typed.length === 0) return { ok: false, message: 'Type a word or phrase first.' };
  const tooLong = typed.find((word) => word.length > maxWordLength);
  if (tooLong) {
    return {
      ok: false,
      message: `“${tooLong.slice(0, 30)}…” is longer than ${maxWordLength} characters. Add a word or a short phrase.`,
    };
  }
  const seen = new Set(existing.map(sameWord));
  const added: string[] = [];
  const alreadyThere: string[] = [];
  for (const word of typed) {
    if (seen.has(sameWord(word))) alreadyThere.push(word);
    else {
      seen.add(sameWord(word));
      added.push(word);
    }
  }
  const room = maxWordsPerList - existing.length;
  if (added.length > room) {
    return {
      ok: false,
      message: `That is ${added.length.toLocaleString('en')} new words; the list holds at most ${maxWordsPerList} and has room for ${Math.max(room, 0)} more. Nothing was added.`,
    };
  }
  return { ok: true, words: [...existing, ...added], added, alreadyThere };
}

/** Words that are both to use and to avoid (ignoring case): a contradiction worth settling. */
export function wordsInBoth(use: readonly string[], avoid: readonly string[]): string[] {
  const avoided = new Set(avoid.map(sameWord));
  return use.filter((word) => avoided.has(sameWord(word)));
}
