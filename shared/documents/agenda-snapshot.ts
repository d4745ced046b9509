import { z } from 'zod';
import { agendaItemSchema } from '../domain/agenda';
import { engagementDetailsSchema } from '../domain/engagement';
import { sessionSchema } from '../domain/session';
import { limits } from '../domain/limits';
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
});
export type AgendaSnapshot = z.infer<typeof agendaSnapshotSchema>;

/** Picks, from stored records, exactly what the agenda document shows. */
export function toAgendaSnapshot(
  engagement: AgendaSnapshot['engagement'],
  session: AgendaSnapshot['session'],
  items: readonly AgendaSnapshot['agenda'][number][],
  branding?: DeliverableBranding | null,
): AgendaSnapshot {
  return {
    engagement: pickEngagementDetails(engagement),
    branding: toDeliverableBranding(branding),
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
  };
}
