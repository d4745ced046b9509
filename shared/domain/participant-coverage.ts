import { participantRoleLabels, type Participant, type ParticipantRole } from './participant';

/** The roles the method wants in the room; "other" is welcome but never missing. */
export const recommendedRoles = [
  'marketing',
  'sales',
  'executive',
  'strategist',
  'message-developer',
] as const satisfies readonly ParticipantRole[];
export type RecommendedRole = (typeof recommendedRoles)[number];

/**
 * How one role is represented: someone attended ("in-room"), someone is invited and not yet marked
 * ("expected"), everyone with the role was marked absent ("absent"), or nobody has it ("missing").
 */
export type RoleStatus = 'in-room' | 'expected' | 'absent' | 'missing';

export interface RoleCoverage {
  role: RecommendedRole;
  label: string;
  status: RoleStatus;
  attended: string[];
  invited: string[];
  absent: string[];
}

export interface ParticipantCoverage {
  roles: RoleCoverage[];
  /** Recommended roles nobody in the room (or expected in it) holds, in the method's order. */
  missing: RecommendedRole[];
  sales: RoleCoverage;
  /** True when no one from sales attended or is still expected: the method's classic gap. */
  salesWarning: boolean;
  counts: { attended: number; invited: number; absent: number };
}

type CoverageInput = Pick<Participant, 'name' | 'role' | 'attendance'>;

/** The name to show for a participant; an unnamed row is called by its place in the list. */
export function participantLabel(participant: Pick<Participant, 'name'>, index: number): string {
  const name = participant.name.trim();
  return name === '' ? `participant ${index + 1} (no name yet)` : name;
}

function statusOf(attended: number, invited: number, absent: number): RoleStatus {
  if (attended > 0) return 'in-room';
  if (invited > 0) return 'expected';
  return absent > 0 ? 'absent' : 'missing';
}

/** Which recommended roles the session covers, taking attendance into account. */
export function participantCoverage(participants: readonly CoverageInput[]): ParticipantCoverage {
  const roles = recommendedRoles.map((role): RoleCoverage => {
    const names = { attended: [] as string[], invited: [] as string[], absent: [] as string[] };
    participants.forEach((participant, index) => {
      if (participant.role === role)
        names[participant.attendance].push(participantLabel(participant, index));
    });
    return {
      role,
      label: participantRoleLabels[role],
      status: statusOf(names.attended.length, names.invited.length, names.absent.length),
      ...names,
    };
  });
  const sales = roles.find((entry) => entry.role === 'sales') as RoleCoverage;
  const count = (state: CoverageInput['attendance']) =>
    participants.filter((participant) => participant.attendance === state).length;
  return {
    roles,
    missing: roles
      .filter((entry) => entry.status === 'absent' || entry.status === 'missing')
      .map((entry) => entry.role),
    sales,
    salesWarning: sales.status === 'absent' || sales.status === 'missing',
    counts: { attended: count('attended'), invited: count('invited'), absent: count('absent') },
  };
}

/** Names joined for a sentence: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
