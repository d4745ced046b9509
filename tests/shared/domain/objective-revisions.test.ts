import { describe, expect, it } from 'vitest';
import { emptyObjective, type Objective } from '../../../shared/domain/objective';
import {
  changedFields,
  coalesceWindowMs,
  formatRevisionValue,
  historyBySession,
  planRevision,
  reviseHistory,
  type FieldChange,
  type ObjectiveRevision,
} from '../../../shared/domain/objective-revisions';

const minute = 60_000;
const start = Date.UTC(2026, 10, 30, 9, 0);

function revision(overrides: Partial<ObjectiveRevision>): ObjectiveRevision {
  return {
    id: 'r1',
    objectiveId: 'o1',
    engagementId: 'e1',
    sessionId: 's1',
    sequence: 1,
    field: 'target',
    before: null,
    after: 1,
    reason: '',
    createdAt: start,
    updatedAt: start,
    ...overrides,
  };
}

function change(overrides: Partial<FieldChange>): FieldChange {
  return { field: 'target', before: 1, after: 12, sessionId: 's1', at: start + 1000, ...overrides };
}

let counter = 0;
const context = { objectiveId: 'o1', engagementId: 'e1', newId: () => `new-${(counter += 1)}` };

/** Replays saves as typing does: one per value, each seen against the history so far. */
function replay(
  saves: { field?: FieldChange['field']; value: unknown; at: number; session?: string }[],
) {
  let history: ObjectiveRevision[] = [];
  const values: Record<string, unknown> = {};
  for (const save of saves) {
    const field = save.field ?? 'target';
    const before = (values[field] ?? null) as FieldChange['before'];
    const writes = reviseHistory(
      history,
      [
        {
          field,
          before,
          after: save.value as FieldChange['after'],
          sessionId: save.session ?? 's1',
          at: save.at,
        },
      ],
      context,
    );
    history = history.filter((row) => !writes.remove.includes(row.id));
    for (const row of writes.put) {
      const index = history.findIndex((item) => item.id === row.id);
      if (index >= 0) history[index] = row;
      else history.push(row);
    }
    values[field] = save.value;
  }
  return history.sort((a, b) => a.sequence - b.sequence);
}

describe('revision coalescing', () => {
  it('makes one revision of a value typed digit by digit, keeping the first before', () => {
    const history = replay([
      { value: 1, at: start },
      { value: 12, at: start + 300 },
      { value: 120, at: start + 600 },
      { value: 1200, at: start + 900 },
    ]);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'target', before: null, after: 1200, sequence: 1 });
    expect(history[0]?.updatedAt).toBe(start + 900);
  });

  it('starts a new revision after the window, in another session, or for another field', () => {
    expect(planRevision(revision({}), change({ at: start + coalesceWindowMs + 1 })).kind).toBe(
      'add',
    );
    expect(planRevision(revision({}), change({ sessionId: 's2' })).kind).toBe('add');
    expect(planRevision(revision({}), change({ field: 'baseline' })).kind).toBe('add');
    expect(planRevision(revision({}), change({ at: start + coalesceWindowMs })).kind).toBe(
      'extend',
    );
  });

  it('measures the window from the last edit, so a long stretch of typing stays one change', () => {
    const history = replay([
      { value: 1, at: start },
      { value: 2, at: start + 4 * minute },
      { value: 3, at: start + 8 * minute },
    ]);
    expect(history).toHaveLength(1);
  });

  it('coalesces only consecutive edits: target, owner, target again make three revisions', () => {
    const history = replay([
      { value: 100, at: start },
      { field: 'owner', value: 'Dana', at: start + 1000 },
      { value: 150, at: start + 2000 },
    ]);
    expect(history.map((row) => [row.field, row.before, row.after])).toEqual([
      ['target', null, 100],
      ['owner', null, 'Dana'],
      ['target', 100, 150],
    ]);
    expect(history.map((row) => row.sequence)).toEqual([1, 2, 3]);
  });

  it('drops a revision whose field went back to where it started', () => {
    const history = replay([
      { value: 100, at: start },
      { value: 150, at: start + 5 * minute + 1 },
      { value: 100, at: start + 5 * minute + 500 },
    ]);
    expect(history.map((row) => [row.before, row.after])).toEqual([[null, 100]]);
  });

  it('keeps a revision that already has a reason, and starts a new one after it', () => {
    const latest = revision({ reason: 'The CFO raised the bar' });
    expect(planRevision(latest, change({})).kind).toBe('add');
    expect(planRevision(latest, change({ after: null, before: 12 })).kind).toBe('add');
  });

  it('ignores a save that changes nothing, treating blank and unset alike', () => {
    expect(planRevision(undefined, change({ before: 5, after: 5 })).kind).toBe('none');
    expect(planRevision(undefined, change({ field: 'owner', before: null, after: '' })).kind).toBe(
      'none',
    );
  });

  it('numbers a revision after the latest, whatever order the history comes in', () => {
    const history = [revision({ id: 'a', sequence: 2, field: 'owner' }), revision({ id: 'b' })];
    const writes = reviseHistory(history, [change({ at: start + 10 * minute })], context);
    expect(writes.put).toHaveLength(1);
    expect(writes.put[0]?.sequence).toBe(3);
    expect(writes.remove).toEqual([]);
  });

  it('deletes a stored revision when a later save brings the field back', () => {
    const stored = revision({ id: 'stored', before: 5, after: 9 });
    const writes = reviseHistory([stored], [change({ before: 9, after: 5 })], context);
    expect(writes).toEqual({ put: [], remove: ['stored'] });
  });
});

describe('changed fields', () => {
  it('lists the refined fields that differ, not the statement or the negative setting', () => {
    const before: Objective = {
      ...emptyObjective('grow sales'),
      id: 'o1',
      engagementId: 'e1',
      position: 1,
      statedInSessionId: 's1',
      createdAt: 0,
      updatedAt: 0,
    };
    const after = { ...before, statement: 'grow', allowNegative: true, target: 10, unit: 'EUR' };
    expect(changedFields(before, after, 's2', 5)).toEqual([
      { field: 'target', before: null, after: 10, sessionId: 's2', at: 5 },
      { field: 'unit', before: '', after: 'EUR', sessionId: 's2', at: 5 },
    ]);
  });
});

describe('history by session', () => {
  it('groups consecutive revisions of a session, and a return to an earlier session apart', () => {
    const runs = historyBySession([
      revision({ id: 'c', sequence: 3, sessionId: 's2' }),
      revision({ id: 'a', sequence: 1 }),
      revision({ id: 'b', sequence: 2 }),
      revision({ id: 'd', sequence: 4 }),
    ]);
    expect(runs.map((run) => [run.sessionId, run.revisions.map((row) => row.id)])).toEqual([
      ['s1', ['a', 'b']],
      ['s2', ['c']],
      ['s1', ['d']],
    ]);
  });

  it('reads values for the timeline: numbers with the unit, blanks as a dash', () => {
    expect(formatRevisionValue('target', 1_250_000, 'EUR')).toBe('1,250,000 EUR');
    expect(formatRevisionValue('baseline', null, 'EUR')).toBe('—');
    expect(formatRevisionValue('owner', '')).toBe('—');
    expect(formatRevisionValue('deadline', '2027-12-31')).toBe('2027-12-31');
  });
});
