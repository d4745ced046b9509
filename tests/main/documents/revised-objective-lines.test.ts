import { describe, expect, it } from 'vitest';
import {
  reasonSentence,
  removedInSessionText,
  removedObjectiveText,
  revisedObjectiveText,
} from '../../../main/documents/revised-objective-lines';

const look = { date: (iso: string) => (iso === '2027-12-31' ? '31 December 2027' : iso) };
const change = (
  field: 'metric' | 'target' | 'deadline' | 'unit' | 'owner',
  before: string,
  after: string,
  reason = '',
) => ({ field, before, after, reason });

describe('how the session summary tells a revised objective', () => {
  it('names each changed field before → after, with the reason as a sentence', () => {
    expect(
      revisedObjectiveText(
        'Win Nordic grocers',
        [
          change('target', '1,000,000 EUR', '1,200,000 EUR', 'finance confirmed the budget'),
          change('deadline', '2027-06-30', '2027-12-31'),
        ],
        false,
        look,
      ),
    ).toEqual({
      title: 'Win Nordic grocers',
      lines: [
        'Target: 1,000,000 EUR → 1,200,000 EUR',
        'Why: Finance confirmed the budget.',
        'Deadline: 2027-06-30 → 31 December 2027',
      ],
    });
  });

  it('says a field filled in for the first time was set, and an emptied one removed', () => {
    expect(
      revisedObjectiveText(
        'Win Nordic grocers',
        [change('deadline', '—', '2027-12-31'), change('owner', 'Ana Ortiz', '—')],
        false,
        look,
      ).lines,
    ).toEqual(['Deadline: set to 31 December 2027', 'Owner: removed (was Ana Ortiz)']);
  });

  it('gives a reason shared by fields changed together once, after the last of them', () => {
    expect(
      revisedObjectiveText(
        'Win Nordic grocers',
        [
          change('metric', 'Revenue', 'New-customer revenue', 'Board asked for new business only.'),
          change('target', '2,000,000 EUR', '1,200,000 EUR', 'Board asked for new business only.'),
        ],
        false,
        look,
      ).lines,
    ).toEqual([
      'Metric: Revenue → New-customer revenue',
      'Target: 2,000,000 EUR → 1,200,000 EUR',
      'Why: Board asked for new business only.',
    ]);
  });

  it('states a new objective plainly, with what it was stated with', () => {
    expect(
      revisedObjectiveText(
        'Win Nordic grocers',
        [change('metric', '—', 'New-customer revenue'), change('target', '—', '1,000,000 EUR')],
        true,
        look,
      ),
    ).toEqual({
      title: 'New objective: Win Nordic grocers',
      lines: ['Metric: New-customer revenue', 'Target: 1,000,000 EUR'],
    });
    expect(revisedObjectiveText('Grow share', [], true, look)).toEqual({
      title: 'New objective: Grow share',
      lines: [],
    });
  });

  it('writes no reason line for a blank reason, and keeps a sentence’s own stop', () => {
    expect(reasonSentence('  ')).toBe('');
    expect(reasonSentence('is it too high?')).toBe('Why: Is it too high?');
  });

  it('says an objective was removed, with what it said when removed and why', () => {
    const objective = {
      statement: 'grow sales in Norway',
      metric: 'New-customer revenue',
      direction: 'increase' as const,
      baseline: 800000,
      target: 1200000,
      unit: 'EUR',
      deadline: '2027-12-31',
      owner: 'Ana Ortiz',
    };
    expect(removedObjectiveText(objective, 'covered by the Nordic objective', look)).toEqual({
      title: 'Removed: grow sales in Norway',
      lines: [
        'Metric: New-customer revenue',
        'Baseline: 800,000 EUR',
        'Target: 1,200,000 EUR',
        'Deadline: 31 December 2027',
        'Owner: Ana Ortiz',
        'Why: Covered by the Nordic objective.',
      ],
    });
    const bare = { ...objective, statement: '', baseline: null, deadline: '', owner: '' };
    expect(removedObjectiveText(bare, '  ', look)).toEqual({
      title: 'Removed: New-customer revenue to 1,200,000 EUR',
      lines: ['Metric: New-customer revenue', 'Target: 1,200,000 EUR'],
    });
  });
});

describe('how the plan’s history tells a removed objective', () => {
  const objective = {
    statement: 'Grow sales in Norway',
    metric: 'New-customer revenue',
    direction: 'increase' as const,
    baseline: null,
    target: 1200000,
    unit: 'EUR',
    deadline: '2027-12-31',
    owner: '',
  };

  it('says in which session it was removed, what it was and why', () => {
    expect(
      removedInSessionText(
        { session: 'Q2 refresh · 2027-12-31', objective, reason: 'covered by Nordic. ' },
        look,
      ),
    ).toBe('Removed in Q2 refresh · 31 December 2027: Grow sales in Norway — covered by Nordic.');
  });

  it('reads whole without a reason or a session', () => {
    const bare = { ...objective, statement: '' };
    expect(removedInSessionText({ session: '', objective: bare, reason: ' ' }, look)).toBe(
      'Removed: New-customer revenue to 1,200,000 EUR by 31 December 2027.',
    );
  });
});
