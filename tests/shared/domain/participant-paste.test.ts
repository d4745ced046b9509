import { describe, expect, it } from 'vitest';
import { readParticipantLine } from '../../../shared/domain/participant-paste';
import { describePaste, planPaste, splitPastedLines } from '../../../shared/domain/pasted-lines';

const people = { one: 'person', many: 'people' };
const plan = (text: string, room = 5000) =>
  planPaste(splitPastedLines(text), room, readParticipantLine);

describe('pasted participant lists', () => {
  it('reads names alone, comma-separated columns and spreadsheet tabs; skips blank lines', () => {
    const { accepted, kept } = plan(
      'Ana Ruiz\r\n\nDana Lee, VP Sales, Acme\n  Bo Chen\tCFO\tAcme, Inc.  \n',
    );
    expect(kept).toEqual([]);
    expect(accepted.map(({ entry }) => [entry.name, entry.title, entry.organisation])).toEqual([
      ['Ana Ruiz', '', ''],
      ['Dana Lee', 'VP Sales', 'Acme'],
      ['Bo Chen', 'CFO', 'Acme, Inc.'],
    ]);
  });

  it('keeps extra comma columns in the organisation rather than dropping them', () => {
    expect(readParticipantLine('Eli, COO, Acme, Europe')).toEqual({
      ok: true,
      entry: { name: 'Eli', title: 'COO', organisation: 'Acme, Europe', email: '' },
    });
  });

  it('takes a column that is an e-mail address as the e-mail, wherever it stands', () => {
    expect(readParticipantLine('Ana Ruiz, CMO, Acme, ana.ruiz@acme.example')).toEqual({
      ok: true,
      entry: {
        name: 'Ana Ruiz',
        title: 'CMO',
        organisation: 'Acme',
        email: 'ana.ruiz@acme.example',
      },
    });
    expect(readParticipantLine('Bo Chen\tbo@acme.example\tCFO')).toMatchObject({
      ok: true,
      entry: { name: 'Bo Chen', title: 'CFO', organisation: '', email: 'bo@acme.example' },
    });
    // Not an address: an @ handle stays where it was typed.
    expect(readParticipantLine('Dana, @dana, Acme')).toMatchObject({
      entry: { title: '@dana', email: '' },
    });
  });

  it('keeps lines without a name or with an over-long column in the box, with the reason', () => {
    const long = 'x'.repeat(201);
    const result = plan(`, CMO, Acme\n${long}\nSam\nAl, ${long}`);
    expect(result.accepted.map(({ entry }) => entry.name)).toEqual(['Sam']);
    expect(result.kept.map(({ line }) => line)).toEqual([', CMO, Acme', long, `Al, ${long}`]);
    expect(describePaste(result, people)).toBe(
      'Added 1 person. Kept in the box: 1 has no name; 1 has a name longer than 200 characters; 1 has a title longer than 200 characters.',
    );
  });

  it('reads thousands of lines without losing one', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Person ${i + 1}`);
    const { accepted, kept } = plan(lines.join('\n'), 99);
    expect(accepted).toHaveLength(99);
    expect(kept).toHaveLength(4901);
    expect(kept.at(-1)?.line).toBe('Person 5000');
  });
});
