import { describe, expect, it } from 'vitest';
import {
  describePaste,
  keptText,
  maxPasteCharacters,
  pasteRefusal,
  planPaste,
  planPastedLines,
  settlePaste,
  splitPastedLines,
} from '../../../shared/domain/pasted-lines';

const stages = { one: 'stage', many: 'stages' };
const entries = (plan: { accepted: { entry: string }[] }) => plan.accepted.map((a) => a.entry);
const lines = (plan: { kept: { line: string }[] }) => plan.kept.map((k) => k.line);

describe('pasted lists', () => {
  it('makes one entry per non-empty line, without bullets, numbers or blank lines', () => {
    expect(
      splitPastedLines('- Lead\r\n\n• Qualified\n2. Proposal\n  Negotiation  \n* Won\r3) Signed'),
    ).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Signed']);
  });

  it('adds what fits and keeps the rest in the box, in the pasted order, saying why', () => {
    const pasted = Array.from({ length: 5000 }, (_, index) => `Finding ${index + 1}`);
    pasted[2] = 'y'.repeat(600);
    const plan = planPastedLines(pasted.join('\n'), 3, 500);
    expect(entries(plan)).toEqual(['Finding 1', 'Finding 2', 'Finding 4']);
    expect(plan.kept).toHaveLength(4997);
    expect(lines(plan).slice(0, 2)).toEqual(['y'.repeat(600), 'Finding 5']);
    expect(describePaste(plan, { one: 'finding', many: 'findings' })).toBe(
      'Added 3 findings. Kept in the box: 4,996 did not fit: the list is full; 1 is longer than 500 characters.',
    );
  });

  it('takes nothing when there is no room or the room is absurd', () => {
    expect(planPastedLines('a\nb', 0, 500).accepted).toEqual([]);
    expect(lines(planPastedLines('a\nb', -3, 500))).toEqual(['a', 'b']);
    const plan = planPastedLines('a\nb', Number.NaN, 500);
    expect(describePaste(plan, stages)).toBe(
      'No stages were added. Kept in the box: 2 did not fit: the list is full.',
    );
  });

  it('says one or several, and says nothing more when everything was added', () => {
    expect(describePaste(planPastedLines('Lead', 5, 200), stages)).toBe('Added 1 stage.');
    expect(describePaste(planPastedLines('Lead\nWon', 5, 200), stages)).toBe('Added 2 stages.');
    expect(keptText(planPastedLines('Lead\nWon', 5, 200))).toBe('');
  });

  it('groups lines refused for the same reason', () => {
    const read = (line: string) =>
      line.startsWith(',')
        ? { ok: false as const, reason: { one: 'has no name', many: 'have no name' } }
        : { ok: true as const, entry: line };
    const plan = planPaste([', a', 'Ana', ', b', 'Bo'], 1, read);
    expect(describePaste(plan, { one: 'person', many: 'people' })).toBe(
      'Added 1 person. Kept in the box: 1 did not fit: the list is full; 2 have no name.',
    );
    expect(keptText(plan)).toBe(', a\n, b\nBo');
  });

  it('puts back in the box, in the pasted order, what a list that filled up meanwhile did not take', () => {
    const plan = planPastedLines(`A\n${'x'.repeat(300)}\nB\nC`, 10, 200);
    const settled = settlePaste(plan, 1);
    expect(entries(settled)).toEqual(['A']);
    expect(lines(settled)).toEqual(['x'.repeat(300), 'B', 'C']);
    expect(settlePaste(plan, 3)).toBe(plan);
  });

  it('refuses an empty paste and one far too long to be a list, before splitting it', () => {
    expect(pasteRefusal(' \n \n', stages)).toBe('Paste or type one stage per line first.');
    expect(pasteRefusal('x'.repeat(maxPasteCharacters + 1), stages)).toBe(
      'That is 200,001 characters, more than a list from the room; paste at most 200,000.',
    );
    expect(pasteRefusal('Lead', stages)).toBeNull();
  });
});
