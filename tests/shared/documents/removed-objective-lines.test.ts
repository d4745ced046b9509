import { describe, expect, it } from 'vitest';
import { removedObjectiveLines } from '../../../shared/documents/removed-objective-lines';
import { removal, said } from './fixtures/objective-removal';

const label = (id: string) => (id === 'session-2' ? 'Q2 refresh · 2027-03-01' : '');

describe('the removed objectives the plan tells', () => {
  it('names each one’s session, oldest first, with what it said and why', () => {
    const lines = removedObjectiveLines(
      [
        removal('session-2', 20, { statement: 'Enter Sweden' }, 'parked until 2028'),
        removal('session-2', 10, {}, 'covered by the Nordic objective'),
      ],
      label,
    );
    expect(lines).toEqual([
      {
        session: 'Q2 refresh · 2027-03-01',
        objective: said,
        reason: 'covered by the Nordic objective',
      },
      {
        session: 'Q2 refresh · 2027-03-01',
        objective: { ...said, statement: 'Enter Sweden' },
        reason: 'parked until 2028',
      },
    ]);
  });

  it('leaves out one removed before anything was typed into it', () => {
    const lines = removedObjectiveLines(
      [
        removal('session-2', 10, { statement: '  ', metric: '' }),
        removal('session-2', 11, { statement: '', metric: 'Qualified leads' }),
      ],
      label,
    );
    expect(lines.map((line) => line.objective.metric)).toEqual(['Qualified leads']);
  });
});
