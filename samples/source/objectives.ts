import type { RevisedField, RevisionValue } from '../../shared/domain/objective-revisions';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId, sessionIds } from './engagement';
import { nameOf } from './people';
import { at, sampleId, stamps } from './sample-ids';

type SessionKey = keyof typeof sessionIds;

/** One change the room made to an objective: in which session, when, and why. */
type Change = [SessionKey, string, RevisedField, RevisionValue, RevisionValue, string];

interface SampleObjective {
  key: string;
  row: Omit<RowOf<'objectives'>, 'id' | 'engagementId' | 'position'>;
  changes: Change[];
}

/**
 * The objectives as first stated and as refined across the two sessions. The third is left
 * unfinished on purpose: its SMART check shows what the next session still has to settle.
 */
const objectives: SampleObjective[] = [
  {
    key: 'customers',
    row: {
      statement: 'Grow our share of the mid-size distributor market.',
      statedInSessionId: sessionIds.kickOff,
      metric: 'New mid-size distributor customers signed',
      direction: 'increase',
      baseline: 38,
      target: 60,
      unit: 'customers',
      deadline: '2027-12-31',
      owner: nameOf('layla'),
      allowNegative: false,
      ...stamps('2026-09-15T11:20', '2026-10-27T13:41'),
    },
    changes: [
      [
        'kickOff',
        '2026-09-15T11:24',
        'metric',
        '',
        'New mid-size distributor customers signed',
        '“Share” cannot be counted every month; signed customers can, straight from the CRM.',
      ],
      ['kickOff', '2026-09-15T11:26', 'baseline', null, 38, 'FY26 actual, from the CRM.'],
      ['kickOff', '2026-09-15T11:31', 'target', null, 75, 'The CEO’s first ambition: twice FY26.'],
      ['kickOff', '2026-09-15T11:32', 'unit', '', 'customers', 'Counted at signature.'],
      ['kickOff', '2026-09-15T11:33', 'deadline', '', '2027-12-31', 'The plan year.'],
      [
        'kickOff',
        '2026-09-15T11:35',
        'owner',
        '',
        nameOf('layla'),
        'Sales signs the customers, so sales owns the number.',
      ],
      [
        'workshop',
        '2026-10-27T13:41',
        'target',
        75,
        60,
        'The two new sales hires start in April, not January: 75 would have needed four hires from the start of the year.',
      ],
    ],
  },
  {
    key: 'sales-cycle',
    row: {
      statement: 'Shorten the sales cycle.',
      statedInSessionId: sessionIds.kickOff,
      metric: 'Median days from first demo to signature',
      direction: 'decrease',
      baseline: 94,
      target: 60,
      unit: 'days',
      deadline: '2027-09-30',
      owner: nameOf('mateo'),
      allowNegative: false,
      ...stamps('2026-09-15T11:40', '2026-10-27T13:48'),
    },
    changes: [
      [
        'kickOff',
        '2026-09-15T11:42',
        'metric',
        '',
        'Median days from first demo to signature',
        'The median, so one stalled giant deal does not hide the trend.',
      ],
      ['kickOff', '2026-09-15T11:43', 'direction', 'increase', 'decrease', 'Fewer days is better.'],
      [
        'kickOff',
        '2026-09-15T11:45',
        'baseline',
        null,
        94,
        'Median of the 38 deals signed in FY26.',
      ],
      [
        'kickOff',
        '2026-09-15T11:47',
        'target',
        null,
        45,
        'What ColdSense claims for its own sales.',
      ],
      ['kickOff', '2026-09-15T11:48', 'unit', '', 'days', ''],
      [
        'kickOff',
        '2026-09-15T11:50',
        'owner',
        '',
        nameOf('mateo'),
        'The sales engineers run the pilots, where most of the days go.',
      ],
      [
        'workshop',
        '2026-10-27T13:46',
        'target',
        45,
        60,
        'The 30-day pilot alone takes a month; 45 days would mean shortening it, which the room rejected.',
      ],
      [
        'workshop',
        '2026-10-27T13:48',
        'deadline',
        '',
        '2027-09-30',
        'Measured on the deals of the first three quarters.',
      ],
    ],
  },
  {
    key: 'experts',
    row: {
      statement: 'Be seen as the food-safety experts, not just a sensor vendor.',
      statedInSessionId: sessionIds.kickOff,
      metric: 'Qualified leads from expert content (report and webinars)',
      direction: 'increase',
      baseline: null,
      target: 400,
      unit: 'leads',
      deadline: '',
      owner: nameOf('hanako'),
      allowNegative: false,
      ...stamps('2026-09-15T11:55', '2026-10-27T15:02'),
    },
    changes: [
      [
        'workshop',
        '2026-10-27T14:58',
        'metric',
        '',
        'Qualified leads from expert content (report and webinars)',
        'Being “seen as experts” shows in the leads the expert content brings in.',
      ],
      [
        'workshop',
        '2026-10-27T15:00',
        'target',
        null,
        400,
        'The benchmark report and four webinars; to be checked once the baseline is known.',
      ],
      ['workshop', '2026-10-27T15:01', 'unit', '', 'leads', ''],
      [
        'workshop',
        '2026-10-27T15:02',
        'owner',
        '',
        nameOf('hanako'),
        'Marketing makes the content.',
      ],
    ],
  },
  {
    key: 'nps',
    row: {
      statement: 'Customers should love us enough to recommend us.',
      statedInSessionId: sessionIds.workshop,
      metric: 'Net Promoter Score of distributor customers',
      direction: 'increase',
      baseline: 31,
      target: 45,
      unit: 'points',
      deadline: '2027-12-31',
      owner: nameOf('kwame'),
      // A Net Promoter Score runs from −100 to +100.
      allowNegative: true,
      ...stamps('2026-10-27T15:40', '2026-10-27T15:52'),
    },
    changes: [
      [
        'workshop',
        '2026-10-27T15:44',
        'metric',
        '',
        'Net Promoter Score of distributor customers',
        'Advocacy is the last phase of the journey: measure it.',
      ],
      [
        'workshop',
        '2026-10-27T15:46',
        'baseline',
        null,
        31,
        'The May 2026 survey of distributor customers.',
      ],
      [
        'workshop',
        '2026-10-27T15:48',
        'target',
        null,
        45,
        'Where the best of Halvorsen’s pharma accounts already are.',
      ],
      ['workshop', '2026-10-27T15:49', 'unit', '', 'points', ''],
      ['workshop', '2026-10-27T15:50', 'deadline', '', '2027-12-31', 'Surveyed every December.'],
      ['workshop', '2026-10-27T15:52', 'owner', '', nameOf('kwame'), ''],
    ],
  },
];

export const objectiveId = (key: string) => sampleId(`objective:${key}`);

/** What an action item or campaign shows as the objective it serves. */
export function objectiveStatement(key: string): string {
  const found = objectives.find((objective) => objective.key === key);
  if (!found) throw new Error(`No objective ${key} in the sample.`);
  return found.row.statement;
}

export const objectiveRows: RowOf<'objectives'>[] = objectives.map((objective, index) => ({
  id: objectiveId(objective.key),
  engagementId,
  position: index + 1,
  ...objective.row,
}));

export const objectiveRevisions: RowOf<'objectiveRevisions'>[] = objectives.flatMap((objective) =>
  objective.changes.map(([session, time, field, before, after, reason], index) => ({
    id: sampleId(`revision:${objective.key}:${index + 1}`),
    objectiveId: objectiveId(objective.key),
    engagementId,
    sessionId: sessionIds[session],
    sequence: index + 1,
    field,
    before,
    after,
    reason,
    createdAt: at(time),
    updatedAt: at(time),
  })),
);

/**
 * An objective the journey workshop dropped: the distributors' own sell-through is theirs to
 * measure, and the customer objective already covers winning them.
 */
export const objectiveRemovals: RowOf<'objectiveRemovals'>[] = [
  {
    id: sampleId('removal:sell-through'),
    objectiveId: objectiveId('sell-through'),
    engagementId,
    sessionId: sessionIds.workshop,
    objective: {
      statement: 'Help our distributors sell more of our cold-chain range.',
      metric: 'Distributor sell-through of the cold-chain range',
      direction: 'increase',
      baseline: null,
      target: 15,
      unit: '%',
      deadline: '2027-12-31',
      owner: '',
    },
    reason:
      'Halvorsen cannot measure its distributors’ sales; winning more distributors is the customer objective.',
    removedAt: at('2026-10-27T14:05'),
  },
];
