import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** The roles the method wants in the room; sales is the one most often missing. */
export const participantRoles = [
  'marketing',
  'sales',
  'executive',
  'strategist',
  'message-developer',
  'other',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const participantRoleLabels: Record<ParticipantRole, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  executive: 'Executive / C-suite',
  strategist: 'Strategist',
  'message-developer': 'Message developer',
  other: 'Other',
};

export const attendanceStates = ['invited', 'attended', 'absent'] as const;
export type Attendance = (typeof attendanceStates)[number];

export const maxParticipants = 100;

/** The longest address mail systems accept. */
export const maxEmailLength = 254;

/**
 * An e-mail address the pre-read and the summary can list, or '' when not known. Deliberately
 * loose (one @, a dot in the domain, no spaces): the consultant types what the client gave them.
 */
export const optionalEmail = z
  .string()
  .max(maxEmailLength, `An e-mail address can be at most ${maxEmailLength} characters.`)
  .refine(
    (value) => value === '' || looksLikeEmail(value),
    'Use an e-mail address like ana@example.com.',
  );

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(value);
}

/** Someone invited to a session; action items can name them as owner. */
export const participantSchema = z.object({
  id: entityId,
  /** Kept beside the session so owners can be offered across all of an engagement's sessions. */
  engagementId: entityId,
  sessionId: entityId,
  position: z.number().finite(),
  name: optionalText('Name', limits.name),
  title: optionalText('Title', limits.name),
  organisation: optionalText('Organisation', limits.name),
  email: optionalEmail,
  role: z.enum(participantRoles, { error: 'Choose one of the listed roles.' }),
  attendance: z.enum(attendanceStates, { error: 'Choose invited, attended or absent.' }),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Participant = z.infer<typeof participantSchema>;

export const participantEditableSchema = participantSchema.pick({
  name: true,
  title: true,
  organisation: true,
  email: true,
  role: true,
  attendance: true,
});
export type ParticipantEditable = z.infer<typeof participantEditableSchema>;
