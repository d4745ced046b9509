import { z } from 'zod';
import { agendaItemSchema } from '../domain/agenda';
import { engagementDetailsSchema } from '../domain/engagement';
import { maxParticipants, participantSchema } from '../domain/participant';
import { sessionSchema } from '../domain/session';
import { limits } from '../domain/limits';
import { documentVersions, type DocumentVersion } from '../domain/document-choices';
import {
  deliverableBrandingSchema,
  toDeliverableBranding,
  type DeliverableBranding,
} from './deliverable-branding';
import { pickEngagementDetails } from './engagement-details';

/** Everything the session agenda pre-read needs, sent once from the renderer to main. */
export const agendaSnapshotSchema = z.object({
  engagement: engagementDetailsSchema,
  branding: deliverableBrandingSchema,
  /** The client version leaves out what is still empty; without it, the working version. */
  version: z.enum(documentVersions).default('working'),
  session: sessionSchema.pick({
    title: true,
    date: true,
    location: true,
    startTime: true,
    lengthMinutes: true,
    purpose: true,
    ultimateGoal: true,
    immediateGoals: true,
  }),
  agenda: z
    .array(agendaItemSchema.pick({ title: true, minutes: true, owner: true }))
    .max(limits.agendaItems, `An agenda can have at most ${limits.agendaItems} items.`),
  /** Who is invited, as the pre-read lists them. */
  participants: z
    .array(
      participantSchema.pick({
        name: true,
        title: true,
        organisation: true,
        role: true,
        email: true,
      }),
    )
    .max(maxParticipants, `A session can have at most ${maxParticipants} participants.`)
    .default([]),
});
export type AgendaSnapshot = z.infer<typeof agendaSnapshotSchema>;

/** The stored rows the agenda pre-read is made from. */
export interface AgendaRecords {
  engagement: AgendaSnapshot['engagement'];
  session: AgendaSnapshot['session'];
  items: readonly AgendaSnapshot['agenda'][number][];
  /** Who is invited to the session, in order. */
  participants: readonly AgendaSnapshot['participants'][number][];
  branding?: DeliverableBranding | null;
}

/** Picks, from stored records, exactly what the agenda document shows. */
export function toAgendaSnapshot(
  { engagement, session, items, participants, branding }: AgendaRecords,
  version: DocumentVersion = 'working',
): AgendaSnapshot {
  return {
    engagement: pickEngagementDetails(engagement),
    branding: toDeliverableBranding(branding),
    version,
    session: {
      title: session.title,
      date: session.date,
      location: session.location,
      startTime: session.startTime,
      lengthMinutes: session.lengthMinutes,
      purpose: session.purpose,
      ultimateGoal: session.ultimateGoal,
      immediateGoals: session.immediateGoals,
    },
    agenda: items.map((item) => ({ title: item.title, minutes: item.minutes, owner: item.owner })),
    participants: participants.map(({ name, title, organisation, role, email }) => ({
      name,
      title,
      organisation,
      role,
      email,
    })),
  };
}
