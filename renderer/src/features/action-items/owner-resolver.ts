import type { ActionItem } from '../../../../shared/domain/action-item';
import type { Participant } from '../../../../shared/domain/participant';

/**
 * The owner's name as it reads today: a participant's current name (so a renamed participant
 * follows), else the name kept on the item when it was chosen or typed.
 */
export function ownerResolver(participants: readonly Participant[]) {
  const names = new Map(participants.map((participant) => [participant.id, participant.name]));
  return (item: Pick<ActionItem, 'ownerParticipantId' | 'ownerName'>): string => {
    const current = item.ownerParticipantId ? names.get(item.ownerParticipantId)?.trim() : '';
    return current || item.ownerName.trim();
  };
}
