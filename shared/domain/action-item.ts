import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalIsoDate, optionalText, timestamp } from './text-fields';

export const actionItemStatuses = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/** Where an action item came from, so the plan can trace every action to its reason. */
export const actionItemSourceSchema = z.object({
  kind: z.enum(['none', 'objective', 'critique', 'agenda-item', 'campaign']),
  /** The id of the objective, critique finding, agenda item or campaign; '' for none. */
  id: z.string().max(64),
  /** What the source said when the action was raised, kept so the link still reads if it is deleted. */
  label: optionalText('Source', limits.shortText),
});
export type ActionItemSource = z.infer<typeof actionItemSourceSchema>;

export const actionItemSchema = z.object({
  id: entityId,
  engagementId: entityId,
  /** The session in which it was raised. */
  sessionId: z.string().max(64),
  position: z.number().finite(),
  what: optionalText('Action', limits.shortText),
  /** A participant's id, or '' when the owner is a free name. */
  ownerParticipantId: z.string().max(64),
  ownerName: optionalText('Owner', limits.name),
  dueDate: optionalIsoDate,
  status: z.enum(actionItemStatuses),
  source: actionItemSourceSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const actionItemEditableSchema = actionItemSchema.pick({
  what: true,
  ownerParticipantId: true,
  ownerName: true,
  dueDate: true,
  status: true,
  source: true,
});
export type ActionItemEditable = z.infer<typeof actionItemEditableSchema>;

/** Overdue: a due date before today on an item that is neither done nor dropped. */
export function isOverdue(item: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
  return (
    item.dueDate !== '' &&
    item.dueDate < today &&
    (item.status === 'open' || item.status === 'in-progress')
  );
}
