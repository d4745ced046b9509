import { describe, expect, it } from 'vitest';
import { sessionSummarySnapshotSchema } from '../../../shared/documents/session-summary-snapshot';
import type { RemovedObjective } from '../../../shared/domain/objective-removal';
import { toSessionSummarySnapshot } from '../../../shared/documents/to-session-summary-snapshot';
import { kickOffSummaryRecords, refresh } from './fixtures/engagement-records';

describe('the session summary snapshot', () => {
  it('tells how each objective changed in this session, before → after and why', () => {
    const kickOff = toSessionSummarySnapshot(kickOffSummaryRecords());
    expect(kickOff.objectiveChanges).toHaveLength(1);
    expect(kickOff.objectiveChanges[0]?.objective.metric).toBe('New-customer revenue');
    expect(kickOff.objectiveChanges[0]?.changes).toEqual([
      { field: 'metric', before: '—', after: 'New-customer revenue', reason: '' },
      { field: 'target', before: '—', after: '1,000,000 EUR', reason: '' },
    ]);
    // The refresh's own revision only, with its reason; an objective it left alone is not listed.
    const later = toSessionSummarySnapshot({ ...kickOffSummaryRecords(), session: refresh });
    expect(later.objectiveChanges.map((entry) => entry.changes)).toEqual([
      [
        {
          field: 'target',
          before: '1,000,000 EUR',
          after: '1,200,000 EUR',
          reason: 'Finance confirmed the budget',
        },
      ],
    ]);
    expect(sessionSummarySnapshotSchema.parse(later).objectiveChanges).toEqual(
      later.objectiveChanges,
    );
    const untouched = { ...kickOffSummaryRecords(), session: { ...refresh, id: 'ses-3' } };
    expect(toSessionSummarySnapshot(untouched).objectiveChanges).toEqual([]);
  });

  it('lists the objectives removed in this session, as they read when removed, and why', () => {
    const said: RemovedObjective = {
      statement: 'grow sales in Norway',
      metric: 'Revenue',
      direction: 'increase',
      baseline: null,
      target: 500000,
      unit: 'EUR',
      deadline: '',
      owner: '',
    };
    const removal = (id: string, sessionId: string, removedAt: number, objective = said) => ({
      id,
      objectiveId: `obj-${id}`,
      engagementId: 'eng-1',
      sessionId,
      objective,
      reason: id === 'r2' ? 'Covered by the Nordic objective' : '',
      removedAt,
    });
    const blank = { ...said, statement: ' ', metric: '', target: null };
    const records = {
      ...kickOffSummaryRecords(),
      session: refresh,
      objectiveRemovals: [
        removal('r2', 'ses-2', 20),
        removal('r1', 'ses-1', 10),
        removal('r3', 'ses-2', 30, { ...said, statement: 'open Sweden' }),
        // Added by mistake and removed before anything was typed: nothing to tell.
        removal('r4', 'ses-2', 40, blank),
      ],
    };
    const snapshot = toSessionSummarySnapshot(records, 'client');
    expect(snapshot.removedObjectives).toEqual([
      { objective: said, reason: 'Covered by the Nordic objective' },
      { objective: { ...said, statement: 'open Sweden' }, reason: '' },
    ]);
    expect(sessionSummarySnapshotSchema.parse(snapshot).removedObjectives).toEqual(
      snapshot.removedObjectives,
    );
    expect(toSessionSummarySnapshot(kickOffSummaryRecords()).removedObjectives).toEqual([]);
  });

  it('picks the session, its participants and its agenda with each item’s note and minutes', () => {
    const snapshot = toSessionSummarySnapshot(kickOffSummaryRecords());
    expect(snapshot.session).toEqual({
      title: 'Kick-off session',
      date: '2026-11-30',
      location: 'Acme HQ',
      startTime: '09:00',
      lengthMinutes: 120,
      purpose: 'Agree on three objectives for Q1 that sales and marketing both own.',
    });
    expect(snapshot.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Ana Ortiz', 'attended'],
      ['Sam Ortiz', 'absent'],
      ['Per', 'invited'],
    ]);
    expect(snapshot.agenda).toEqual([
      {
        title: 'Welcome & purpose',
        minutes: 15,
        owner: 'Dana',
        actualMinutes: 20,
        note: 'Ingrid opened: payback within 18 months.',
      },
      {
        title: 'Situation review',
        minutes: 45,
        owner: 'Sam',
        actualMinutes: 40,
        note: 'Grocery chains want co-op budgets.\nConvenience stores: 30 % of trial.',
      },
      { title: 'Objectives', minutes: 30, owner: 'Ana', actualMinutes: null, note: '' },
    ]);
    expect(snapshot.generalNotes).toBe('Finance joins next time.');
    expect(snapshot.notesOfRemovedItems).toEqual([
      { title: 'Pricing', note: 'Discussed pricing tiers.' },
    ]);
  });

  it('keeps the decisions and parking lot in order, leaving out entries left blank', () => {
    const snapshot = toSessionSummarySnapshot(kickOffSummaryRecords());
    expect(snapshot.decisions).toEqual([
      'Launch in Norway first.',
      'No price promotion in the first 8 weeks.',
    ]);
    expect(snapshot.parkingLot).toEqual(['Private-label request']);
  });

  it('lists only the actions raised in this session, owned by the participant’s current name', () => {
    const records = kickOffSummaryRecords();
    const snapshot = toSessionSummarySnapshot(records);
    expect(snapshot.actionItems).toEqual([
      {
        what: 'Draft the pricing page',
        owner: 'Ana Ortiz',
        dueDate: '2027-01-15',
        status: 'open',
        source: 'Grow sales',
        raisedIn: 'Kick-off session',
      },
    ]);
    const later = toSessionSummarySnapshot({ ...records, session: refresh });
    expect(later.actionItems.map((item) => [item.what, item.owner])).toEqual([
      ['Call the lost deals', 'Sam Ortiz'],
    ]);
  });

  it('leaves out an action row nobody has filled in yet', () => {
    const records = kickOffSummaryRecords();
    const blank = {
      ...records.actionItems[0]!,
      id: 'blank',
      what: ' ',
      ownerParticipantId: '',
      ownerName: '',
      dueDate: '',
    };
    const snapshot = toSessionSummarySnapshot({
      ...records,
      actionItems: [...records.actionItems, blank],
    });
    expect(snapshot.actionItems).toHaveLength(1);
  });

  it('parses as the contract’s request, and refuses what is past the limits with the reason', () => {
    const snapshot = toSessionSummarySnapshot(kickOffSummaryRecords());
    expect(sessionSummarySnapshotSchema.parse(snapshot)).toEqual(snapshot);
    const tooLong = sessionSummarySnapshotSchema.safeParse({
      ...snapshot,
      decisions: ['x'.repeat(2001)],
    });
    expect(tooLong.error?.issues[0]?.message).toBe('Decision can be at most 2,000 characters.');
    const tooMany = sessionSummarySnapshotSchema.safeParse({
      ...snapshot,
      parkingLot: Array.from({ length: 201 }, () => 'topic'),
    });
    expect(tooMany.error?.issues[0]?.message).toBe(
      'A document can list at most 200 parking-lot topics.',
    );
  });
});
