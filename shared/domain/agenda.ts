import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

export const agendaMinutes = z
  .number({ error: 'Minutes must be a number.' })
  .int('Minutes must be whole minutes.')
  .min(1, 'An agenda item needs at least 1 minute.')
  .max(
    limits.agendaItemMinutes,
    `An agenda item can be at most ${limits.agendaItemMinutes} minutes.`,
  );

export const agendaItemSchema = z.object({
  id: entityId,
  sessionId: entityId,
  position: z.number().finite(),
  title: optionalText('Agenda item', limits.shortText),
  minutes: agendaMinutes,
  owner: optionalText('Owner', limits.name),
  /** Minutes the item actually took, recorded in facilitator mode; null until it has run. */
  actualMinutes: z
    .number({ error: 'Actual minutes must be a number.' })
    .int('Actual minutes must be whole minutes.')
    .min(0, 'Actual minutes cannot be negative.')
    .max(limits.sessionMinutes, `Actual minutes can be at most ${limits.sessionMinutes}.`)
    .nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaItemEditableSchema = agendaItemSchema.pick({
  title: true,
  minutes: true,
  owner: true,
  actualMinutes: true,
});
export type AgendaItemEditable = z.infer<typeof agendaItemEditableSchema>;
