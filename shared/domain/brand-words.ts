import { z } from 'zod';
import { fitsIn, overlongPaste, planPaste, type PastePlan } from './pasted-lines';

/** A list of words is a handful the team can remember, not a thesaurus. */
export const maxWordsPerList = 100;
/** A word or a short phrase ("best-in-class", "world leader"). */
export const maxWordLength = 60;

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

export type PlannedWords =
  { ok: true; plan: PastePlan<string>; alreadyThere: string[] } | { ok: false; message: string };

/**
 * What typed or pasted text would add to a list: the new words that fit (duplicates, ignoring
 * case, are skipped as already there); the rest stay in the box with the reason.
 */
export function planWords(existing: readonly string[], text: string): PlannedWords {
  const overlong = overlongPaste(text);
  if (overlong) return { ok: false, message: overlong };
  const typed = splitWords(text);
  if (typed.length === 0) return { ok: false, message: 'Type a word or phrase first.' };
  const seen = new Set(existing.map(sameWord));
  const fresh: string[] = [];
  const alreadyThere: string[] = [];
  for (const word of typed) {
    if (seen.has(sameWord(word))) alreadyThere.push(word);
    else {
      seen.add(sameWord(word));
      fresh.push(word);
    }
  }
  const plan = planPaste(fresh, maxWordsPerList - existing.length, fitsIn(maxWordLength));
  return { ok: true, plan, alreadyThere };
}

export type AddWordsResult =
  | { ok: true; words: string[]; added: string[]; alreadyThere: string[] }
  | { ok: false; message: string };

/**
 * Adds words to a list as one write: refused whole, with the reason, unless every new word fits.
 * The worksheet plans with planWords first and sends only what fits, so this refuses only when
 * the list changed in between.
 */
export function addWords(existing: readonly string[], text: string): AddWordsResult {
  const planned = planWords(existing, text);
  if (!planned.ok) return planned;
  const { plan, alreadyThere } = planned;
  const tooLong = plan.kept.find(({ reason }) => reason !== null);
  if (tooLong) {
    return {
      ok: false,
      message: `“${tooLong.line.slice(0, 30)}…” is longer than ${maxWordLength} characters. Add a word or a short phrase.`,
    };
  }
  if (plan.kept.length > 0) {
    const fresh = plan.accepted.length + plan.kept.length;
    const room = maxWordsPerList - existing.length;
    return {
      ok: false,
      message: `That is ${fresh.toLocaleString('en')} new words; the list holds at most ${maxWordsPerList} and has room for ${Math.max(room, 0)} more. Nothing was added.`,
    };
  }
  const added = plan.accepted.map(({ entry }) => entry);
  return { ok: true, words: [...existing, ...added], added, alreadyThere };
}

/** Words that are both to use and to avoid (ignoring case): a contradiction worth settling. */
export function wordsInBoth(use: readonly string[], avoid: readonly string[]): string[] {
  const avoided = new Set(avoid.map(sameWord));
  return use.filter((word) => avoided.has(sameWord(word)));
}
