import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../../shared/domain/plan';
import { projectorMessageSchema } from '../../../../renderer/src/features/projector/projection/projection';
import {
  projectedViewFor,
  toProjection,
  toProjectedView,
} from '../../../../renderer/src/features/projector/projection/to-projection';
import { agendaItem, emptyRecords, objective, phase, touchPoint } from './projection-records';

const now = Date.UTC(2026, 10, 30, 9, 30);
const shown = { hidePrivate: false, today: '2026-11-30', now };
const hidden = { ...shown, hidePrivate: true };

describe('what the projector shows for the laptop’s worksheet', () => {
  it('shows the worksheets made for the room, and the agenda for every other', () => {
    expect(projectedViewFor('journey-map', 'worksheet')).toEqual({
      kind: 'journey-map',
      follows: true,
    });
    expect(projectedViewFor('campaigns', 'worksheet')).toEqual({ kind: 'funnel', follows: true });
    expect(projectedViewFor('self-critique', 'worksheet')).toEqual({ kind: 'swot', follows: true });
    expect(projectedViewFor('objectives', 'worksheet')).toEqual({
      kind: 'objectives',
      follows: true,
    });
    expect(projectedViewFor('purpose-agenda', 'worksheet')).toEqual({
      kind: 'agenda',
      follows: true,
    });
    expect(projectedViewFor('participants', 'worksheet')).toEqual({
      kind: 'agenda',
      follows: false,
    });
    expect(projectedViewFor(null, 'worksheet')).toEqual({ kind: 'agenda', follows: false });
    expect(projectedViewFor('journey-map', 'agenda')).toEqual({ kind: 'agenda', follows: false });
  });
});

describe('the journey map on the projector', () => {
  const records = emptyRecords({
    journeyPhases: [
      phase('p1', 'Awareness', { customerGoal: ' Find out more ', emotion: 1, baseline: 4000 }),
      phase('p2', '', { emotion: -2 }),
    ],
    touchPoints: [
      touchPoint('p1', {
        channel: 'LinkedIn',
        content: 'Video',
        owner: 'Ingrid',
        status: 'existing',
      }),
    ],
    objections: [
      {
        id: 'x1',
        engagementId: 'e1',
        position: 0,
        objection: 'Too expensive',
        answer: 'Payback in a year',
        frequency: 'often',
        phaseId: 'p2',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
  });

  it('keeps who runs a touch point, whether it exists and today’s volumes off when private fields are hidden', () => {
    const view = toProjectedView('journey-map', records, hidden);
    expect(view).toMatchObject({
      kind: 'journey-map',
      phases: [
        {
          name: 'Awareness',
          customerGoal: 'Find out more',
          touchPoints: [{ channel: 'LinkedIn', content: 'Video' }],
          objections: [],
        },
        { name: 'Phase 2', objections: ['Too expensive'] },
      ],
    });
    expect(JSON.stringify(view)).not.toContain('Ingrid');
    expect(JSON.stringify(view)).not.toContain('4000');
    expect(JSON.stringify(view)).not.toContain('Payback');
  });

  it('shows them when the consultant asks', () => {
    const view = toProjectedView('journey-map', records, shown);
    expect(view).toMatchObject({
      phases: [
        { baseline: 4000, touchPoints: [{ owner: 'Ingrid', status: 'Exists today' }] },
        { baseline: null },
      ],
    });
  });

  it('draws the emotion curve once a phase is scored, and leaves it out before', () => {
    const view = toProjectedView('journey-map', records, hidden);
    expect(view.kind === 'journey-map' && view.emotionCurve?.personas[0]?.scores).toEqual([1, -2]);
    const unscored = emptyRecords({ journeyPhases: [phase('p1', 'Awareness')] });
    expect(toProjectedView('journey-map', unscored, hidden)).toMatchObject({ emotionCurve: null });
  });
});

describe('the agenda on the projector', () => {
  const items = [
    agendaItem('a1', 'Welcome', 10),
    agendaItem('a2', 'Journey', 45),
    agendaItem('a3', '', 15),
  ];
  const running = {
    currentItemId: 'a2',
    finished: false,
    runningSince: now - 5 * 60_000,
    elapsedMs: { a1: 11 * 60_000, a2: 60_000 },
  };
  const notes = [
    {
      id: 'n1',
      sessionId: 's1',
      kind: 'agenda-note' as const,
      agendaItemId: 'a2',
      agendaItemTitle: 'Journey',
      text: 'Ola is sceptical',
      position: 0,
      createdAt: 1,
      updatedAt: 1,
    },
  ];

  it('marks what is done, what runs and what is to come, with the running item’s time so far', () => {
    const view = toProjectedView(
      'agenda',
      emptyRecords({ agendaItems: items, clock: running, sessionNotes: notes }),
      hidden,
    );
    expect(view).toMatchObject({
      kind: 'agenda',
      items: [
        { title: 'Welcome', start: '09:00', state: 'done' },
        { title: 'Journey', start: '09:10', state: 'running' },
        { title: 'Untitled item', start: '09:55', state: 'up' },
      ],
      clock: { itemId: 'a2', elapsedMs: 6 * 60_000, running: true },
      finished: false,
    });
    expect(view).not.toHaveProperty('notes');
  });

  it('shows the facilitator’s notes on the running item only when private fields are shown', () => {
    const view = toProjectedView(
      'agenda',
      emptyRecords({ agendaItems: items, clock: running, sessionNotes: notes }),
      shown,
    );
    expect(view).toMatchObject({ notes: 'Ola is sceptical' });
  });

  it('has no running item before the session starts', () => {
    const view = toProjectedView('agenda', emptyRecords({ agendaItems: items }), hidden);
    expect(view).toMatchObject({
      clock: null,
      items: [{ state: 'up' }, { state: 'up' }, { state: 'up' }],
    });
  });
});

describe('the planner’s funnel on the projector', () => {
  const phases = [phase('p1', 'Awareness'), phase('p2', 'Conversion')];
  const plan = {
    ...emptyPlan('e1'),
    goalTarget: 100,
    goalDeadline: '2027-12-31',
    bufferPercent: 10,
    rates: { p1: { cautious: 5, expected: 10, ambitious: 20 } },
  };

  it('shows the goal and the volumes each phase needs; the buffer and warnings are internal', () => {
    const view = toProjectedView('funnel', emptyRecords({ journeyPhases: phases, plan }), hidden);
    expect(view).toMatchObject({ kind: 'funnel', goal: '100 new customers by 2027-12-31' });
    expect(view.kind === 'funnel' && view.funnel?.phases.map((row) => row.expected)).toEqual([
      1100, 110,
    ]);
    expect(view).not.toHaveProperty('bufferPercent');
    expect(view).not.toHaveProperty('warnings');
    expect(
      toProjectedView('funnel', emptyRecords({ journeyPhases: phases, plan }), shown),
    ).toMatchObject({ bufferPercent: 10, warnings: expect.any(Array) });
  });

  it('says so when there is no goal yet, with no funnel', () => {
    expect(
      toProjectedView('funnel', emptyRecords({ journeyPhases: phases }), hidden),
    ).toMatchObject({ goal: '', funnel: null });
  });
});

describe('the SWOT and the objectives on the projector', () => {
  it('puts each finding in its quadrant and leaves out a positioning statement with nothing in it', () => {
    const entry = (kind: 'strength' | 'threat' | 'change', text: string) => ({
      id: text,
      engagementId: 'e1',
      position: 0,
      kind,
      text,
      createdAt: 1,
      updatedAt: 1,
    });
    const view = toProjectedView(
      'swot',
      emptyRecords({
        critiqueEntries: [
          entry('strength', 'Service'),
          entry('threat', 'Price war'),
          entry('change', 'Ship faster'),
          entry('strength', ' '),
        ],
      }),
      hidden,
    );
    expect(view).toEqual({
      kind: 'swot',
      strengths: ['Service'],
      weaknesses: [],
      opportunities: [],
      threats: ['Price war'],
      changes: ['Ship faster'],
      positioning: '',
    });
  });

  it('shows each objective as stated and refined; the SMART check only with private fields shown', () => {
    const refined = objective({
      statement: 'Grow sales',
      metric: 'New customers',
      baseline: 40,
      target: 120,
      deadline: '2027-12-31',
    });
    const view = toProjectedView('objectives', emptyRecords({ objectives: [refined] }), hidden);
    expect(view).toEqual({
      kind: 'objectives',
      objectives: [
        {
          statement: 'Grow sales',
          refined: 'New customers to 120 by 2027-12-31',
          baseline: '40',
          target: '120',
          deadline: '2027-12-31',
        },
      ],
    });
    const withCheck = toProjectedView('objectives', emptyRecords({ objectives: [refined] }), shown);
    expect(
      withCheck.kind === 'objectives' && withCheck.objectives[0]?.smart?.passedCount,
    ).toBeGreaterThan(0);
  });
});

describe('the projection as sent between the windows', () => {
  it('passes the check the projector makes on arrival', () => {
    const projection = toProjection(
      'journey-map',
      emptyRecords({ journeyPhases: [phase('p1', 'Awareness', { emotion: 2 })] }),
      { ...hidden, frozen: false },
    );
    expect(projection).toMatchObject({
      clientName: 'Acme Robotics',
      sessionTitle: 'Kick-off',
      frozen: false,
    });
    expect(projectorMessageSchema.safeParse({ kind: 'show', projection }).success).toBe(true);
  });

  it('ignores anything else on the channel', () => {
    for (const junk of [
      null,
      'show',
      { kind: 'show' },
      { kind: 'show', projection: { view: { kind: 'home' } } },
      { kind: 'delete-all' },
    ])
      expect(projectorMessageSchema.safeParse(junk).success).toBe(false);
  });
});
