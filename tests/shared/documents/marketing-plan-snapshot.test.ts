import { describe, expect, it } from 'vitest';
import { marketingPlanSnapshotSchema } from '../../../shared/documents/marketing-plan-snapshot';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from './fixtures/engagement-records';
import { fullEngagementRecords } from './fixtures/full-engagement-records';
import { removal } from './fixtures/objective-removal';

const extras = { preparedOn: '2026-12-01', charts: [] };

describe('the marketing plan snapshot', () => {
  it('carries each worksheet’s rows in order, without ids or timestamps', () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), extras);
    // The purpose feeds the executive summary.
    const purpose = 'Agree on three objectives for Q1 that sales and marketing both own.';
    expect(snapshot.sessions).toEqual([
      { title: 'Kick-off session', date: '2026-11-30', purpose },
      { title: 'Q2 refresh', date: '2027-03-01', purpose },
    ]);
    expect(snapshot.situation.salesStages.map((stage) => stage.name)).toEqual(['Lead', 'Demo']);
    expect(snapshot.situation.competitors[0]).toEqual({
      name: 'RoboCorp',
      positioning: 'Cheapest arm',
      strengths: 'Price',
      weaknesses: 'Service',
      threat: 'high',
    });
    expect(snapshot.journey.phases.map((phase) => phase.touchPoints.length)).toEqual([1, 1, 0]);
    expect(JSON.stringify(snapshot)).not.toMatch(/"(id|engagementId|createdAt|position)"/);
  });

  it('names each campaign’s phase and objective in words', () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), extras);
    expect(snapshot.campaigns.map((campaign) => [campaign.phase, campaign.objective])).toEqual([
      ['Awareness', 'New-customer revenue to 1,200,000 EUR by 2027-12-31'],
      ['Conversion', ''],
    ]);
  });

  it('gives the planner’s rates per phase, the expected rate falling back to the journey map’s', () => {
    const { workBackwards } = toMarketingPlanSnapshot(acmeRecords(), extras);
    expect(workBackwards.goalPhaseIndex).toBe(2);
    expect(workBackwards.rates).toEqual([
      { cautious: 5, expected: 10, ambitious: 20 },
      { cautious: 20, expected: 25, ambitious: 40 },
      { cautious: null, expected: null, ambitious: null },
    ]);
  });

  it('tells each objective’s history briefly: per session, a field from its first to its last value', () => {
    const [objective] = toMarketingPlanSnapshot(acmeRecords(), extras).objectives;
    expect(objective?.statedIn).toBe('Kick-off session · 2026-11-30');
    expect(objective?.history).toEqual([
      {
        session: 'Kick-off session · 2026-11-30',
        changes: [
          { field: 'metric', before: '—', after: 'New-customer revenue', reason: '' },
          { field: 'target', before: '—', after: '1,000,000 EUR', reason: '' },
        ],
      },
      {
        session: 'Q2 refresh · 2027-03-01',
        changes: [
          {
            field: 'target',
            before: '1,000,000 EUR',
            after: '1,200,000 EUR',
            reason: 'Finance confirmed the budget',
          },
        ],
      },
    ]);
  });

  it('carries the objectives removed in a session through the contract, none in an older payload', () => {
    const records = acmeRecords();
    const snapshot = toMarketingPlanSnapshot(
      {
        ...records,
        objectiveRemovals: [
          removal(records.sessions[1]?.id ?? '', 1, {}, 'covered by the Nordic objective'),
          removal('gone', 2, { statement: 'Enter Sweden' }),
        ],
      },
      extras,
    );
    expect(
      snapshot.removedObjectives.map((line) => [
        line.session,
        line.objective.statement,
        line.reason,
      ]),
    ).toEqual([
      ['Q2 refresh · 2027-03-01', 'Grow sales in Norway', 'covered by the Nordic objective'],
      ['A session no longer on this laptop', 'Enter Sweden', ''],
    ]);
    expect(marketingPlanSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    const { removedObjectives: _left, ...older } = snapshot;
    expect(marketingPlanSnapshotSchema.parse(older).removedObjectives).toEqual([]);
  });

  it('names the session each action was raised in and its owner', () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), extras);
    expect(snapshot.actionItems.map((item) => [item.what, item.owner, item.raisedIn])).toEqual([
      ['Draft the pricing page', 'Ana Ortiz', 'Kick-off session'],
      ['Call the lost deals', 'Sam Ortiz', 'Q2 refresh'],
    ]);
  });

  it('parses as the contract’s request; the rates must match the journey’s phases', () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), extras);
    expect(marketingPlanSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    const mismatched = marketingPlanSnapshotSchema.safeParse({
      ...snapshot,
      workBackwards: { ...snapshot.workBackwards, rates: [] },
    });
    expect(mismatched.error?.issues[0]?.message).toBe(
      'The plan needs one set of rates per journey phase (3).',
    );
    const tooManyCharts = marketingPlanSnapshotSchema.safeParse({
      ...snapshot,
      charts: Array.from({ length: 6 }, () => ({ kind: 'emotion-curve', data: {} })),
    });
    expect(tooManyCharts.error?.issues[0]?.message).toBe('A document can list at most 5 charts.');
  });

  it('stays a modest payload for a long, busy engagement', () => {
    const snapshot = toMarketingPlanSnapshot(fullEngagementRecords(), extras);
    expect(marketingPlanSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const bytes = new TextEncoder().encode(JSON.stringify(snapshot)).length;
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
