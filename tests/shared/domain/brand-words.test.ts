import { describe, expect, it } from 'vitest';
import {
  addWords,
  maxWordsPerList,
  planWords,
  splitWords,
  wordsInBoth,
} from '../../../shared/domain/brand-words';
import { describePaste, keptText } from '../../../shared/domain/pasted-lines';

describe('words to use and avoid', () => {
  it('splits what was typed or pasted on lines, commas and semicolons', () => {
    expect(splitWords(' proven,  straight   talk ;\n\ntogether\r\n,')).toEqual([
      'proven',
      'straight talk',
      'together',
    ]);
  });

  it('adds new words and skips the ones already there, ignoring case', () => {
    const result = addWords(['Proven'], 'proven, together, Together, clear');
    expect(result).toEqual({
      ok: true,
      words: ['Proven', 'together', 'clear'],
      added: ['together', 'clear'],
      alreadyThere: ['proven', 'Together'],
    });
  });

  it('refuses an empty entry and an over-long word with a message', () => {
    expect(addWords([], ' , \n ')).toEqual({ ok: false, message: 'Type a word or phrase first.' });
    const tooLong = addWords([], 'x'.repeat(61));
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && tooLong.message).toContain('longer than 60 characters');
  });

  it('plans a paste of thousands: the new words that fit, the rest kept in the box with why', () => {
    const thousands = Array.from({ length: 3000 }, (_, index) => `word${index}`).join('\n');
    const planned = planWords(['a', 'word0'], `${thousands}\n${'x'.repeat(61)}`);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.alreadyThere).toEqual(['word0']);
    expect(planned.plan.accepted.map(({ entry }) => entry)).toHaveLength(98);
    expect(keptText(planned.plan).split('\n')[0]).toBe('word99');
    expect(describePaste(planned.plan, { one: 'word', many: 'words' })).toBe(
      'Added 98 words. Kept in the box: 2,901 did not fit: the list is full; 1 is longer than 60 characters.',
    );
  });

  it('refuses, as one write, a paste of thousands of words whole, saying how much room is left', () => {
    const thousands = Array.from({ length: 3000 }, (_, index) => `word${index}`).join('\n');
    const result = addWords(['a', 'b'], thousands);
    expect(result).toEqual({
      ok: false,
      message: `That is 3,000 new words; the list holds at most ${maxWordsPerList} and has room for 98 more. Nothing was added.`,
    });
    const huge = addWords([], 'word '.repeat(50_000));
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.message).toContain('250,000 characters');
  });

  it('finds words that are both to use and to avoid', () => {
    expect(wordsInBoth(['Cheap', 'proven'], ['cheap', 'synergy'])).toEqual(['Cheap']);
  });
});
