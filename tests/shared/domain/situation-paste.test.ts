import { describe, expect, it } from 'vitest';
import { readPastedNames } from '../../../shared/domain/situation-paste';

const bounds = { room: 28, maxLength: 200, noun: 'stage', nounPlural: 'stages', max: 30 };

describe('pasted list', () => {
  it('takes one entry per line, without bullets, numbers or blank lines', () => {
    expect(
      readPastedNames('- Lead\r\n\n• Qualified\n2. Proposal\n  Negotiation  \n', bounds),
    ).toEqual({
      ok: true,
      names: ['Lead', 'Qualified', 'Proposal', 'Negotiation'],
    });
  });

  it('refuses thousands of lines whole, saying how many fit', () => {
    const text = Array.from({ length: 3000 }, (_, index) => `Stage ${index}`).join('\n');
    const read = readPastedNames(text, bounds);
    expect(read).toEqual({
      ok: false,
      message:
        'That is 3,000 stages, but the list holds at most 30 and there is room for 28 more. Nothing was added; shorten the list.',
    });
  });

  it('refuses a line longer than one entry can be, naming the line', () => {
    const read = readPastedNames(`Lead\n${'x'.repeat(812)}`, bounds);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.message).toBe(
        'Line 2 has 812 characters; a stage can be at most 200. Nothing was added.',
      );
  });

  it('says so when the list is full or nothing was pasted', () => {
    const full = readPastedNames('Lead', { ...bounds, room: 0 });
    expect(full.ok || full.message).toContain('the list is full');
    expect(readPastedNames(' \n \n', bounds)).toEqual({
      ok: false,
      message: 'Paste or type one stage per line first.',
    });
  });
});
