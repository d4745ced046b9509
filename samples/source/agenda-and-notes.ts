import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId, sessionIds } from './engagement';
import { nameOf, type PersonKey } from './people';
import { at, inOrder, sampleId, stamps } from './sample-ids';

type SessionKey = keyof typeof sessionIds;

interface RunItem {
  key: string;
  title: string;
  minutes: number;
  owner: PersonKey | null;
  /** Minutes the item took when the session was run in facilitator mode. */
  actual: number;
  /** The note taken on the item during the session. */
  note: string;
}

/** The kick-off, as prepared and as run: 220 planned minutes of a 240-minute morning. */
const kickOffAgenda: RunItem[] = [
  {
    key: 'welcome',
    title: 'Welcome, purpose and ground rules',
    minutes: 15,
    owner: 'amara',
    actual: 14,
    note: 'Ingrid opened: the board wants mid-size food distributors to carry growth in 2027, without losing pharma. Ground rules agreed: laptops closed, anything off-purpose goes to the parking lot.',
  },
  {
    key: 'where-we-stand',
    title: 'Where we stand: the sales process and last year’s numbers',
    minutes: 40,
    owner: 'layla',
    actual: 52,
    note: '38 new distributor customers in FY26, at about €24,000 in the first year each. Pilots convert well (35 %), but too few prospects reach one: most stall between the discovery call and the site survey. Ran 12 minutes over on the length of the pilot; moved to the parking lot.',
  },
  {
    key: 'competitors-trends',
    title: 'Competitors and industry trends',
    minutes: 35,
    owner: 'hanako',
    actual: 33,
    note: 'The competitor we lose to most is not ColdSense but paper logs and spreadsheets. The move to continuous digital temperature records in the 2027 audit schemes is the best opening we will get; energy prices give a second reason to care.',
  },
  {
    key: 'break',
    title: 'Break',
    minutes: 15,
    owner: null,
    actual: 20,
    note: '',
  },
  {
    key: 'objectives',
    title: 'From wishes to objectives',
    minutes: 50,
    owner: 'amara',
    actual: 47,
    note: '“Grow our share” became “sign 75 new mid-size distributor customers by the end of 2027”, to be checked against sales capacity. “Shorten the sales cycle” got its baseline from the CRM: 94 days from first demo to signature. “Be seen as the experts” is still vague: no metric agreed yet.',
  },
  {
    key: 'buyer',
    title: 'The buyer: personas and top objections',
    minutes: 45,
    owner: 'mateo',
    actual: 40,
    note: 'Three people decide: the operations director, the quality manager (our champion) and the finance lead, who appears late and can stop a deal. The objection heard most: “our paper logs pass the audit”.',
  },
  {
    key: 'owners',
    title: 'Owners and next steps',
    minutes: 20,
    owner: 'ingrid',
    actual: 18,
    note: 'Every objective has an owner from the Halvorsen team. Next session in six weeks, in Oslo: the customer journey and the campaigns.',
  },
];

/** The workshop, as prepared and as run: the full 180 minutes, seven over in the end. */
const workshopAgenda: RunItem[] = [
  {
    key: 'what-changed',
    title: 'What changed since the kick-off',
    minutes: 15,
    owner: 'amara',
    actual: 15,
    note: 'CRM export done; 24/7 support approved by Ingrid for Q1. Sales capacity check: the two new hires start in April, not January.',
  },
  {
    key: 'objectives-check',
    title: 'Objectives check: capacity and deadlines',
    minutes: 25,
    owner: 'layla',
    actual: 31,
    note: 'With two new hires from April, 75 new customers is out of reach; the room agreed 60. The sales-cycle target moves from 45 to 60 days: the 30-day pilot alone takes a month.',
  },
  {
    key: 'journey',
    title: 'Map the journey, phase by phase',
    minutes: 50,
    owner: 'hanako',
    actual: 55,
    note: 'Seven phases, from awareness to advocacy, with an evaluation phase for the pilot. The emotional low point is onboarding, not the purchase: customers fear the first weeks without paper. Marit, the quality manager, is the happiest persona once the first audit passes.',
  },
  {
    key: 'break',
    title: 'Break',
    minutes: 10,
    owner: null,
    actual: 10,
    note: '',
  },
  {
    key: 'work-backwards',
    title: 'Work backwards from 60 customers',
    minutes: 30,
    owner: 'amara',
    actual: 26,
    note: 'With a 10 % buffer the plan needs 66 signatures: about 158 pilots, 720 engaged accounts and 6,000 accounts reached in the expected scenario. Within today’s reach, except the pilots: 110 last year.',
  },
  {
    key: 'campaigns',
    title: 'Campaigns: one per phase, each with its own goal',
    minutes: 35,
    owner: 'priya',
    actual: 38,
    note: 'Seven campaigns, each tied to a phase and an objective. The benchmark report is launched at the Nordic Food Logistics fair in February; “Pilot in a day” is already running with three customers.',
  },
  {
    key: 'actions',
    title: 'Actions, owners and dates',
    minutes: 15,
    owner: 'layla',
    actual: 12,
    note: 'Every campaign has an owner and a first action. Quarterly refresh planned for January.',
  },
];

const agendas: Record<SessionKey, { items: RunItem[]; prepared: string; ran: string }> = {
  kickOff: { items: kickOffAgenda, prepared: '2026-09-08T15:00', ran: '2026-09-15' },
  workshop: { items: workshopAgenda, prepared: '2026-10-20T11:30', ran: '2026-10-27' },
};

export const agendaItemId = (session: SessionKey, key: string) =>
  sampleId(`agenda:${session}:${key}`);

/** An agenda item's title, for an action item that names it as its source. */
export function agendaItemTitle(session: SessionKey, key: string): string {
  const item = agendas[session].items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`No agenda item ${key} in ${session}.`);
  return item.title;
}

function agendaOf(session: SessionKey): RowOf<'agendaItems'>[] {
  const { items, prepared, ran } = agendas[session];
  return inOrder(
    items.map((item) => ({
      id: agendaItemId(session, item.key),
      sessionId: sessionIds[session],
      title: item.title,
      minutes: item.minutes,
      owner: item.owner ? nameOf(item.owner) : '',
      actualMinutes: item.actual,
      ...stamps(prepared, `${ran}T16:00`),
    })),
  );
}

export const agendaItems = [...agendaOf('kickOff'), ...agendaOf('workshop')];

/**
 * The facilitator's clock after each session: finished, with the time every item took. A few
 * seconds either side of the whole minute, as a real run leaves them.
 */
function clockOf(session: SessionKey, finishedAt: string): RowOf<'facilitatorClocks'> {
  const seconds = [12, -25, 7, 18, -9, 3, -14];
  return {
    sessionId: sessionIds[session],
    engagementId,
    currentItemId: '',
    finished: true,
    runningSince: null,
    elapsedMs: Object.fromEntries(
      agendas[session].items.map((item, index) => [
        agendaItemId(session, item.key),
        item.actual * 60_000 + (seconds[index % seconds.length] ?? 0) * 1000,
      ]),
    ),
    updatedAt: at(finishedAt),
  };
}

export const facilitatorClocks = [
  clockOf('kickOff', '2026-09-15T12:44'),
  clockOf('workshop', '2026-10-27T16:07'),
];

interface ListNotes {
  decisions: string[];
  parkingLot: string[];
}

const lists: Record<SessionKey, ListNotes> = {
  kickOff: {
    decisions: [
      'Mid-size food distributors (20 to 200 refrigerated vehicles) are the growth focus for 2027; pharma keeps its current plan.',
      'Success is counted in signed customers, not in sensors shipped.',
      'Every objective gets one owner from the Halvorsen team, not from Clearpath.',
    ],
    parkingLot: [
      'Should the free pilot last 30 days or 14?',
      'A price plan for distributors with fewer than 20 vehicles',
    ],
  },
  workshop: {
    decisions: [
      'The 2027 target is 60 new distributor customers, down from 75: the two new sales hires start in April.',
      'Pilots stay at 30 days, with the installation day booked when the pilot agreement is signed.',
      'The benchmark report launches at the Nordic Food Logistics fair in February.',
      'Customer success owns the journey from signature to the first audit.',
    ],
    parkingLot: [
      'A referral partnership with refrigeration service companies',
      'Onboarding material in Japanese for the Tokyo office’s distributors',
    ],
  },
};

function notesOf(session: SessionKey): RowOf<'sessionNotes'>[] {
  const { items, ran } = agendas[session];
  const written = stamps(`${ran}T09:30`, `${ran}T16:00`);
  const sessionId = sessionIds[session];
  const itemNotes = items
    .filter((item) => item.note !== '')
    .map((item, index) => ({
      id: sampleId(`note:${session}:${item.key}`),
      sessionId,
      kind: 'agenda-note' as const,
      agendaItemId: agendaItemId(session, item.key),
      agendaItemTitle: item.title,
      text: item.note,
      position: index + 1,
      ...written,
    }));
  const listed = (kind: 'decision' | 'parking-lot', texts: string[]) =>
    texts.map((text, index) => ({
      id: sampleId(`note:${session}:${kind}:${index + 1}`),
      sessionId,
      kind,
      agendaItemId: '',
      agendaItemTitle: '',
      text,
      position: index + 1,
      ...written,
    }));
  return [
    ...itemNotes,
    ...listed('decision', lists[session].decisions),
    ...listed('parking-lot', lists[session].parkingLot),
  ];
}

export const sessionNotes = [...notesOf('kickOff'), ...notesOf('workshop')];
