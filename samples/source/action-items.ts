import type { ActionItemSource, ActionItemStatus } from '../../shared/domain/action-item';
import { critiqueSourceLabel } from '../../shared/domain/critique';
import type { RowOf } from '../../shared/engagement-file/format';
import { agendaItemId, agendaItemTitle } from './agenda-and-notes';
import { engagementId, sessionIds } from './engagement';
import { campaignId, campaignName } from './plan-and-campaigns';
import { objectiveId, objectiveStatement } from './objectives';
import { nameOf, participantId, type PersonKey } from './people';
import { critiqueEntryId, findingText } from './self-critique';
import { inOrder, sampleId, stamps } from './sample-ids';

type SessionKey = keyof typeof sessionIds;

/** Where an action came from, as the app records it: the id and the words it had then. */
const from = {
  objective: (key: string): ActionItemSource => ({
    kind: 'objective',
    id: objectiveId(key),
    label: objectiveStatement(key),
  }),
  change: (index: number): ActionItemSource => ({
    kind: 'critique',
    id: critiqueEntryId('change', index),
    label: critiqueSourceLabel({ kind: 'change', text: findingText('change', index) }),
  }),
  agenda: (session: SessionKey, key: string): ActionItemSource => ({
    kind: 'agenda-item',
    id: agendaItemId(session, key),
    label: agendaItemTitle(session, key),
  }),
  campaign: (key: string): ActionItemSource => ({
    kind: 'campaign',
    id: campaignId(key),
    label: campaignName(key),
  }),
};

type Action = [
  session: SessionKey,
  what: string,
  owner: PersonKey,
  /** The session whose participant list names the owner. */
  ownerIn: SessionKey,
  due: string,
  status: ActionItemStatus,
  source: ActionItemSource,
];

const actions: Action[] = [
  [
    'kickOff',
    'Export the FY26 deals from the CRM: stages, dates, won and lost',
    'mateo',
    'kickOff',
    '2026-09-29',
    'done',
    from.objective('sales-cycle'),
  ],
  [
    'kickOff',
    'Check 75 new customers against next year’s sales capacity',
    'layla',
    'kickOff',
    '2026-10-20',
    'done',
    from.objective('customers'),
  ],
  [
    'kickOff',
    'Propose 24/7 English support: staffing and cost',
    'ingrid',
    'kickOff',
    '2026-10-16',
    'done',
    from.change(1),
  ],
  [
    'kickOff',
    'Train the sales team on the agreed answers to the five objections',
    'layla',
    'kickOff',
    '2026-11-13',
    'done',
    from.agenda('kickOff', 'buyer'),
  ],
  [
    'kickOff',
    'Rewrite the food-distributor page and the sales deck in food-safety language',
    'priya',
    'kickOff',
    '2027-01-15',
    'in-progress',
    from.change(0),
  ],
  [
    'kickOff',
    'Offer a 10 % discount for every referral',
    'layla',
    'kickOff',
    '',
    'dropped',
    from.agenda('kickOff', 'buyer'),
  ],
  [
    'workshop',
    'Brief the survey agency for The Cold Truth',
    'priya',
    'workshop',
    '2026-11-20',
    'done',
    from.campaign('cold-truth'),
  ],
  [
    'workshop',
    'Agree pilot success criteria with the three running pilots',
    'mateo',
    'workshop',
    '2026-11-30',
    'done',
    from.campaign('pilot-in-a-day'),
  ],
  [
    'workshop',
    'Pull the FY26 baseline of leads from expert content',
    'hanako',
    'workshop',
    '2026-12-11',
    'open',
    from.objective('experts'),
  ],
  [
    'workshop',
    'Book the stand, the demo truck and a customer speaker for the fair',
    'hanako',
    'workshop',
    '2026-12-18',
    'in-progress',
    from.campaign('fair'),
  ],
  [
    'workshop',
    'Build the CFO brief and the payback calculator',
    'tomasz',
    'kickOff',
    '2027-01-29',
    'open',
    from.campaign('cfo-brief'),
  ],
  [
    'workshop',
    'Set up the yearly NPS survey for every distributor customer',
    'kwame',
    'workshop',
    '2027-01-15',
    'open',
    from.objective('nps'),
  ],
  [
    'workshop',
    'Hire a second customer success manager',
    'kwame',
    'workshop',
    '2027-03-31',
    'open',
    from.change(3),
  ],
  [
    'workshop',
    'Scope onboarding material in Japanese with the Tokyo office',
    'hanako',
    'workshop',
    '2027-02-26',
    'open',
    from.agenda('workshop', 'journey'),
  ],
  [
    'workshop',
    'Book the quarterly refresh session for late January',
    'amara',
    'workshop',
    '2026-12-04',
    'done',
    from.agenda('workshop', 'actions'),
  ],
];

const raised: Record<SessionKey, string> = {
  kickOff: '2026-09-15T12:50',
  workshop: '2026-10-27T16:00',
};

export const actionItems: RowOf<'actionItems'>[] = inOrder(
  actions.map(([session, what, owner, ownerIn, dueDate, status, source], index) => ({
    id: sampleId(`action:${index + 1}`),
    engagementId,
    sessionId: sessionIds[session],
    what,
    ownerParticipantId: participantId(owner, ownerIn),
    ownerName: nameOf(owner),
    dueDate,
    status,
    source,
    ...stamps(raised[session], '2026-12-01T09:00'),
  })),
);
