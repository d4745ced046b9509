import { describe, expect, it } from 'vitest';
import { parseParticipantLines } from '../../../shared/domain/participant-paste';

describe('pasted participant lists', () => {
  it('reads names alone, comma-separated columns and spreadsheet tabs; skips blank lines', () => {
    const { people, refused } = parseParticipantLines(
      'Ana Ruiz\r\n\nDana Lee, VP Sales, Acme\n  Bo Chen\tCFO\tAcme, Inc.  \n',
    );
    expect(refused).toEqual([]);
    expect(people.map(({ name, title, organisation }) => [name, title, organisation])).toEqual([
      ['Ana Ruiz', '', ''],
      ['Dana Lee', 'VP Sales', 'Acme'],
      ['Bo Chen', 'CFO', 'Acme, Inc.'],
    ]);
  });

  it('keeps extra comma columns in the organisation rather than dropping them', () => {
    const { people } = parseParticipantLines('Eli, COO, Acme, Europe');
    expect(people[0]).toMatchObject({ organisation: 'Acme, Europe' });
  });

  it('refuses lines without a name or with an over-long column, with the reason', () => {
    const long = 'x'.repeat(201);
    const { people, refused } = parseParticipantLines(`, CMO, Acme\n${long}\nSam`);
    expect(people.map((p) => p.name)).toEqual(['Sam']);
    expect(refused).toEqual([
      { line: ', CMO, Acme', reason: 'The line has no name.' },
      { line: long, reason: 'Name can be at most 200 characters.' },
    ]);
  });

  it('reads thousands of lines without losing one', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Person ${i + 1}`);
    const { people, refused } = parseParticipantLines(lines.join('\n'));
    expect(people).toHaveLength(5000);
    expect(refused).toHaveLength(0);
    expect(people.at(-1)?.line).toBe('Person 5000');
  });
});
