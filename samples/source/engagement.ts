import type { EngagementRow, RowOf } from '../../shared/engagement-file/format';
import { at, sampleId, stamps } from './sample-ids';

/**
 * Halvorsen Cold Chain: a fictional company, written for Session Studio's sample. A Bergen maker of
 * temperature sensors and monitoring for cold chains, strong in pharma, that wants mid-size food
 * distributors to carry its growth. Any likeness to a real company or person is a coincidence.
 */
export const engagementId = sampleId('engagement');

export const sessionIds = {
  kickOff: sampleId('session:kick-off'),
  workshop: sampleId('session:journey-workshop'),
} as const;

export const engagement: EngagementRow = {
  id: engagementId,
  clientName: 'Halvorsen Cold Chain',
  title: 'FY27 growth plan: mid-size food distributors',
  industry: 'Cold-chain monitoring',
  consultantName: 'Amara Okafor',
  firmName: 'Clearpath Strategy Partners',
  startDate: '2026-09-01',
  createdAt: at('2026-09-01T08:30'),
  updatedAt: at('2026-12-01T09:00'),
  lastOpenedAt: at('2026-12-01T09:00'),
  archivedAt: 0,
  deletedAt: 0,
};

const ultimateGoal =
  'Grow annual recurring revenue from €4.1 million to €6 million by the end of 2027, with mid-size food distributors as the largest new segment.';

export const sessions: RowOf<'sessions'>[] = [
  {
    id: sessionIds.kickOff,
    engagementId,
    title: 'Kick-off session',
    date: '2026-09-15',
    location: 'Halvorsen HQ, Bergen — Fjord room',
    startTime: '09:00',
    lengthMinutes: 240,
    purpose:
      'Agree on three to four measurable growth objectives for mid-size food distributors, and who owns each one.',
    ultimateGoal,
    immediateGoals: [
      'An honest picture of the sales process, with last year’s numbers',
      'The competitors the sales team actually meets, and the trends that matter',
      'Objectives with a metric, a baseline, a target and a deadline',
      'One owner per objective from the Halvorsen team',
    ].join('\n'),
    ...stamps('2026-09-03T10:00', '2026-09-15T13:05'),
  },
  {
    id: sessionIds.workshop,
    engagementId,
    title: 'Journey & campaign workshop',
    date: '2026-10-27',
    location: 'Halvorsen Oslo office — Nordlys room',
    startTime: '13:00',
    lengthMinutes: 180,
    purpose:
      'Map how a mid-size distributor becomes a customer, and agree the campaigns that bring 60 of them through that journey in 2027.',
    ultimateGoal,
    immediateGoals: [
      'A seven-phase customer journey with the emotion at each phase',
      'A work-backwards plan from the customer goal, in three scenarios',
      'One campaign per key phase, each with its own goal, owner and dates',
    ].join('\n'),
    ...stamps('2026-10-12T09:15', '2026-10-27T16:12'),
  },
];
