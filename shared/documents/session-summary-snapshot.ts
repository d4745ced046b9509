import { z } from 'zod';
import { agendaItemSchema } from '../domain/agenda';
import { engagementDetailsSchema } from '../domain/engagement';
import { limits } from '../domain/limits';
import { documentVersions } from '../domain/document-choices';
import { maxObjectives } from '../domain/objective';
import { removedObjectiveSchema } from '../domain/objective-removal';
import { maxParticipants, participantSchema } from '../domain/participant';
import { sessionSchema } from '../domain/session';
import { sessionNoteLimits } from '../domain/session-note';
import { optionalText } from '../domain/text-fields';
import { actionItemLineSchema } from './action-item-lines';
import { objectiveChangesSchema, objectiveLineSchema } from './plan-chapter-schemas';
import { deliverableBrandingSchema } from './deliverable-branding';
import { boundedList, documentLimits } from './document-limits';

const listEntry = (label: string) => optionalText(label, sessionNoteLimits.listEntry);
const agendaNote = optionalText('Note', sessionNoteLimits.agendaNote);

/** Everything the session summary needs, sent once from the renderer to main after the session. */
export const sessionSummarySnapshotSchema = z.object({
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
  }),
  participants: boundedList(
    participantSchema.pick({
      name: true,
      title: true,
      organisation: true,
      role: true,
      attendance: true,
      email: true,
    }),
    maxParticipants,
    'participants',
  ),
  /** The agenda in order, each item with its note and, once facilitator mode ran it, its minutes. */
  agenda: boundedList(
    agendaItemSchema
      .pick({ title: true, minutes: true, owner: true, actualMinutes: true })
      .extend({ note: agendaNote }),
    limits.agendaItems,
    'agenda items',
  ),
  generalNotes: agendaNote,
  /** Notes written under items that were later taken off the agenda, with the item's last title. */
  notesOfRemovedItems: boundedList(
    z.object({ title: optionalText('Agenda item', limits.shortText), note: agendaNote }),
    documentLimits.removedItemNotes,
    'notes of removed agenda items',
  ),
  decisions: boundedList(listEntry('Decision'), sessionNoteLimits.entriesPerList, 'decisions'),
  parkingLot: boundedList(
    listEntry('Parking-lot topic'),
    sessionNoteLimits.entriesPerList,
    'parking-lot topics',
  ),
  /** The action items raised in this session. */
  actionItems: boundedList(actionItemLineSchema, documentLimits.actionItems, 'action items'),
  /** The objectives revised in this session: each as it reads now, and what changed and why. */
  objectiveChanges: boundedList(
    z.object({
      objective: objectiveLineSchema.pick({
        statement: true,
        metric: true,
        target: true,
        unit: true,
        deadline: true,
      }),
      changes: objectiveChangesSchema,
      /** First stated in this session, so the summary names it a new objective. */
      isNew: z.boolean().default(false),
    }),
    maxObjectives,
    'revised objectives',
  ).default([]),
  /** The objectives removed in this session: what each said when removed, and why. */
  removedObjectives: boundedList(
    z.object({
      objective: removedObjectiveSchema,
      reason: optionalText('Reason', limits.shortText),
    }),
    maxObjectives,
    'removed objectives',
  ).default([]),
});
export type SessionSummarySnapshot = z.infer<typeof sessionSummarySnapshotSchema>;
