import { z } from 'zod';
import { actionItemStatuses, type ActionItem } from '../domain/action-item';
import { limits } from '../domain/limits';
import { optionalIsoDate, optionalText } from '../domain/text-fields';

/** An action item as a deliverable lists it: what, who, by when, where it stands and came from. */
export const actionItemLineSchema = z.object({
  what: optionalText('Action', limits.shortText),
  owner: optionalText('Owner', limits.name),
  dueDate: optionalIsoDate,
  status: z.enum(actionItemStatuses),
  /** What the action came from (an objective, a finding…), as it read when raised. */
  source: optionalText('Source', limits.shortText),
  /** The title of the session in which it was raised; '' when that session is gone. */
  raisedIn: optionalText('Session', limits.name),
});
export type ActionItemLine = z.infer<typeof actionItemLineSchema>;

type StoredAction = Pick<
  ActionItem,
  'what' | 'ownerParticipantId' | 'ownerName' | 'dueDate' | 'status' | 'source' | 'sessionId'
>;

/**
 * Action items as lines, in their stored order; a row left blank (no action, owner or date) is not
 * an action yet and is left out. The owner reads as the participant's current name (a renamed
 * participant follows), else the name kept on the item.
 */
export function toActionItemLines(
  items: readonly StoredAction[],
  participants: readonly { id: string; name: string }[],
  sessions: readonly { id: string; title: string }[],
): ActionItemLine[] {
  const names = new Map(participants.map((person) => [person.id, person.name.trim()]));
  const titles = new Map(sessions.map((session) => [session.id, session.title]));
  const lines = items.map((item) => ({
    what: item.what,
    owner:
      (item.ownerParticipantId ? names.get(item.ownerParticipantId) : '') || item.ownerName.trim(),
    dueDate: item.dueDate,
    status: item.status,
    source: item.source.kind === 'none' ? '' : item.source.label,
    raisedIn: titles.get(item.sessionId) ?? '',
  }));
  return lines.filter(
    (line) => line.what.trim() !== '' || line.owner !== '' || line.dueDate !== '',
  );
}
