import type { ParticipantRole } from '../../shared/domain/participant';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId, sessionIds } from './engagement';
import { inOrder, sampleId, stamps } from './sample-ids';

type SessionKey = keyof typeof sessionIds;
type Attendance = RowOf<'participants'>['attendance'];

export type PersonKey =
  | 'ingrid'
  | 'layla'
  | 'hanako'
  | 'mateo'
  | 'priya'
  | 'tomasz'
  | 'siobhan'
  | 'kwame'
  | 'jonas'
  | 'amara';

interface Person {
  key: PersonKey;
  name: string;
  title: string;
  organisation: string;
  email: string;
  role: ParticipantRole;
  /** Who was invited to which session, and whether they came. */
  sessions: Partial<Record<SessionKey, Attendance>>;
}

const halvorsen = 'Halvorsen Cold Chain';

/** The people in the room: the client's team and the consultant, across both sessions. */
const people: Person[] = [
  {
    key: 'ingrid',
    name: 'Ingrid Halvorsen',
    title: 'Chief Executive Officer',
    organisation: halvorsen,
    email: 'ingrid.halvorsen@halvorsen.example',
    role: 'executive',
    sessions: { kickOff: 'attended', workshop: 'absent' },
  },
  {
    key: 'layla',
    name: 'ليلى حداد',
    title: 'VP Sales, Europe',
    organisation: halvorsen,
    email: 'layla.haddad@halvorsen.example',
    role: 'sales',
    sessions: { kickOff: 'attended', workshop: 'attended' },
  },
  {
    key: 'hanako',
    name: '佐藤 花子',
    title: 'Marketing Director',
    organisation: halvorsen,
    email: 'hanako.sato@halvorsen.example',
    role: 'marketing',
    sessions: { kickOff: 'attended', workshop: 'attended' },
  },
  {
    key: 'mateo',
    name: 'Mateo Fernández',
    title: 'Senior Sales Engineer',
    organisation: halvorsen,
    email: 'mateo.fernandez@halvorsen.example',
    role: 'sales',
    sessions: { kickOff: 'attended', workshop: 'attended' },
  },
  {
    key: 'priya',
    name: 'Priya Raghunathan',
    title: 'Content & Messaging Lead',
    organisation: halvorsen,
    email: 'priya.raghunathan@halvorsen.example',
    role: 'message-developer',
    sessions: { kickOff: 'attended', workshop: 'attended' },
  },
  {
    key: 'tomasz',
    name: 'Tomasz Wiśniewski',
    title: 'Chief Financial Officer',
    organisation: halvorsen,
    email: 'tomasz.wisniewski@halvorsen.example',
    role: 'executive',
    sessions: { kickOff: 'attended', workshop: 'absent' },
  },
  {
    key: 'siobhan',
    name: 'Siobhán O’Connell',
    title: 'Digital Marketing Manager',
    organisation: halvorsen,
    email: 'siobhan.oconnell@halvorsen.example',
    role: 'marketing',
    sessions: { workshop: 'attended' },
  },
  {
    key: 'kwame',
    name: 'Kwame Mensah',
    title: 'Customer Success Manager',
    organisation: halvorsen,
    email: 'kwame.mensah@halvorsen.example',
    role: 'other',
    sessions: { workshop: 'attended' },
  },
  {
    key: 'jonas',
    name: 'Jonas Berg',
    title: 'Product Manager, FrostLink',
    organisation: halvorsen,
    email: 'jonas.berg@halvorsen.example',
    role: 'other',
    sessions: { kickOff: 'absent' },
  },
  {
    key: 'amara',
    name: 'Amara Okafor',
    title: 'Lead Strategist',
    organisation: 'Clearpath Strategy Partners',
    email: 'amara.okafor@clearpath.example',
    role: 'strategist',
    sessions: { kickOff: 'attended', workshop: 'attended' },
  },
];

function person(key: PersonKey): Person {
  const found = people.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No person ${key} in the sample.`);
  return found;
}

/** A person's name as typed on the agenda, in notes and as an owner. */
export const nameOf = (key: PersonKey): string => person(key).name;

/** The participant row of a person in one session (each session has its own list). */
export function participantId(key: PersonKey, session: SessionKey): string {
  if (!person(key).sessions[session]) throw new Error(`${key} was not invited to ${session}.`);
  return sampleId(`participant:${session}:${key}`);
}

function participantsOf(session: SessionKey, written: string): RowOf<'participants'>[] {
  return inOrder(
    people
      .filter((entry) => entry.sessions[session])
      .map((entry) => ({
        id: participantId(entry.key, session),
        engagementId,
        sessionId: sessionIds[session],
        name: entry.name,
        title: entry.title,
        organisation: entry.organisation,
        email: entry.email,
        role: entry.role,
        attendance: entry.sessions[session] as Attendance,
        ...stamps(written),
      })),
  );
}

export const participants: RowOf<'participants'>[] = [
  ...participantsOf('kickOff', '2026-09-08T14:20'),
  ...participantsOf('workshop', '2026-10-20T11:05'),
];
