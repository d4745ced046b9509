import type { TouchPointStatus } from '../../shared/domain/touch-point';
import type { RowOf } from '../../shared/engagement-file/format';
import { personaIds } from './alignment';
import { engagementId } from './engagement';
import { nameOf, type PersonKey } from './people';
import { inOrder, sampleId, stamps } from './sample-ids';

type TouchPoint = [channel: string, content: string, owner: PersonKey, status: TouchPointStatus];

interface Phase {
  key: string;
  row: Omit<RowOf<'journeyPhases'>, 'id' | 'engagementId' | 'position' | 'createdAt' | 'updatedAt'>;
  touchPoints: TouchPoint[];
  /** Each persona's emotion here: the operations director, the quality manager, the finance lead. */
  personas: [operations: number, quality: number, finance: number];
}

/**
 * A distributor's way from a near-miss to recommending Halvorsen, in seven phases. The conversion
 * rates and volumes are today's (FY26); the plan sets the rates it needs on top of them.
 */
const phases: Phase[] = [
  {
    key: 'awareness',
    row: {
      name: 'Awareness',
      customerGoal: 'Keep every load safe without adding work for the drivers.',
      questions:
        'Are our paper logs still good enough? What are other distributors doing about the new audit rules?',
      mindset:
        'Not looking for a supplier. Moved by a near-miss, an audit finding or another distributor’s story.',
      emotion: -1,
      objections: 'We have always done it on paper.',
      kpi: 'Target accounts reached',
      conversionRate: 10,
      baseline: 6500,
    },
    touchPoints: [
      [
        'Events',
        'Nordic Food Logistics fair: a demo truck with live sensors and dashboard',
        'hanako',
        'existing',
      ],
      [
        'Social media',
        'LinkedIn stories from quality managers: “the night the freezer failed”',
        'siobhan',
        'planned',
      ],
      ['PR', 'The Cold Truth: a benchmark report in the trade press', 'priya', 'planned'],
    ],
    personas: [-1, 0, -1],
  },
  {
    key: 'consideration',
    row: {
      name: 'Consideration',
      customerGoal: 'Understand what monitoring would change, and what it would cost.',
      questions:
        'How does it work in a warehouse like ours? What does it cost per vehicle? Who else uses it?',
      mindset: 'Curious but sceptical; compares every option with doing nothing.',
      emotion: 0,
      objections: 'Another subscription to justify every year.',
      kpi: 'Engaged accounts (webinar, report download, pricing page)',
      conversionRate: 17,
      baseline: 650,
    },
    touchPoints: [
      [
        'Website',
        'A page for food distributors with a three-minute film from a customer’s warehouse',
        'siobhan',
        'planned',
      ],
      [
        'Webinar',
        'Audit-ready in 2027, with an independent food-safety auditor',
        'priya',
        'planned',
      ],
      ['Email', 'A five-mail series after the report download', 'siobhan', 'planned'],
      ['Sales call', 'Discovery call with a sales engineer', 'mateo', 'existing'],
    ],
    personas: [0, 1, -1],
  },
  {
    key: 'evaluation',
    row: {
      name: 'Evaluation',
      customerGoal: 'See it work in our own warehouse before committing.',
      questions:
        'Will it work with our Wi-Fi and our trucks? How much of my team’s time will the pilot take?',
      mindset: 'Hopeful but guarded. The quality manager becomes the champion.',
      emotion: 1,
      objections: 'Installing sensors will disrupt the warehouse.',
      kpi: 'Pilots started',
      conversionRate: 35,
      baseline: 110,
    },
    touchPoints: [
      ['Demo', 'Site survey and sensor plan by a sales engineer', 'mateo', 'existing'],
      [
        'Pilot',
        'Ten sensors and two vehicle units, installed in a day, for 30 days',
        'mateo',
        'existing',
      ],
      [
        'Customer support',
        'A 15-minute weekly pilot review with the quality manager',
        'kwame',
        'planned',
      ],
    ],
    personas: [1, 2, 0],
  },
  {
    key: 'conversion',
    row: {
      name: 'Conversion',
      customerGoal: 'Agree a fair price and get the finance lead to sign.',
      questions: 'What is the payback? What if the fleet grows or shrinks? Can we leave?',
      mindset:
        'Convinced by the product, now negotiating. The finance lead appears for the first time.',
      emotion: 0,
      objections: 'The payback is not clear.',
      kpi: 'New customers signed',
      conversionRate: 95,
      baseline: 38,
    },
    touchPoints: [
      [
        'Sales material',
        'The CFO brief: three-year cost comparison and payback',
        'priya',
        'planned',
      ],
      ['Website', 'A payback calculator', 'siobhan', 'planned'],
      ['Referral', 'A reference call with a customer of the same size', 'layla', 'existing'],
    ],
    personas: [0, 1, -1],
  },
  {
    key: 'onboarding',
    row: {
      name: 'Onboarding',
      customerGoal: 'Be live on every site and vehicle without disrupting the work.',
      questions: 'When are the technicians coming? Who gets the alarm at three in the morning?',
      mindset:
        'Busy and a little anxious: the first weeks without paper feel risky. The emotional low point of the journey.',
      emotion: -1,
      objections: '',
      kpi: 'Customers live on all sites within 30 days of signature',
      conversionRate: 85,
      baseline: 36,
    },
    touchPoints: [
      [
        'Customer support',
        'Installation days by our own technicians, outside loading hours',
        'kwame',
        'existing',
      ],
      ['Email', 'Welcome series: alarms, escalation, the first audit report', 'kwame', 'planned'],
      ['Webinar', 'A 30-minute training for shift leads', 'kwame', 'planned'],
    ],
    personas: [-2, -1, 0],
  },
  {
    key: 'adoption',
    row: {
      name: 'Adoption',
      customerGoal: 'Use the alarms and reports every day, and pass the first audit with them.',
      questions: 'How do we set thresholds per product? How do we send the records to the auditor?',
      mindset: 'Relief after the first clean audit; pride in the dashboard.',
      emotion: 2,
      objections: '',
      kpi: 'Weekly active users per customer',
      conversionRate: 30,
      baseline: 31,
    },
    touchPoints: [
      ['Customer support', '24/7 support line in English', 'kwame', 'planned'],
      ['Email', 'A monthly cold-chain health report per site', 'jonas', 'existing'],
    ],
    personas: [1, 2, 1],
  },
  {
    key: 'advocacy',
    row: {
      name: 'Advocacy',
      customerGoal: 'Share a success with other distributors.',
      questions: 'What is in it for us if we recommend Halvorsen?',
      mindset: 'Proud and willing when asked; rarely offers on their own.',
      emotion: 1,
      objections: '',
      kpi: 'Referred accounts and case studies per quarter',
      conversionRate: null,
      baseline: 9,
    },
    touchPoints: [
      [
        'Referral',
        'One year of a vehicle licence for every referred distributor who signs',
        'layla',
        'planned',
      ],
      ['Community', 'A filmed case study in the customer’s warehouse', 'priya', 'planned'],
      ['Events', 'A customer on stage at the Nordic Food Logistics fair', 'hanako', 'planned'],
    ],
    personas: [1, 2, 0],
  },
];

export const phaseId = (key: string) => sampleId(`phase:${key}`);

const written = stamps('2026-10-27T14:00', '2026-10-27T14:50');

export const journeyPhases: RowOf<'journeyPhases'>[] = inOrder(
  phases.map((phase) => ({ id: phaseId(phase.key), engagementId, ...phase.row, ...written })),
);

export const touchPoints: RowOf<'touchPoints'>[] = phases.flatMap((phase) =>
  inOrder(
    phase.touchPoints.map(([channel, content, owner, status], index) => ({
      id: sampleId(`touch-point:${phase.key}:${index + 1}`),
      engagementId,
      phaseId: phaseId(phase.key),
      channel,
      content,
      owner: nameOf(owner),
      status,
      ...written,
    })),
  ),
);

const personaOrder = [personaIds.operations, personaIds.quality, personaIds.finance];

export const emotionScores: RowOf<'emotionScores'>[] = phases.flatMap((phase) =>
  phase.personas.map((score, index) => ({
    id: sampleId(`emotion:${phase.key}:${index + 1}`),
    engagementId,
    phaseId: phaseId(phase.key),
    personaId: personaOrder[index] as string,
    score,
    ...written,
  })),
);
