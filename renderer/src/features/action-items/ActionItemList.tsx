import { useMemo } from 'react';
import type { ActionItem } from '../../../../shared/domain/action-item';
import { placeSubsetOrder } from '../../../../shared/domain/action-item-filters';
import { sourceGroups, type ObjectiveLike } from '../../../../shared/domain/action-item-sources';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { CritiqueEntry } from '../../../../shared/domain/critique';
import type { Participant } from '../../../../shared/domain/participant';
import type { Session } from '../../../../shared/domain/session';
import { EditableListSection } from '../../components/EditableListSection';
import { removedName } from '../../components/RowControls';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { ActionItemRow } from './ActionItemRow';

interface ActionItemListProps {
  engagementId: string;
  /** The session the consultant is in: new actions are raised there. */
  session: Session;
  sessions: readonly Session[];
  allItems: readonly ActionItem[];
  shownItems: readonly ActionItem[];
  participants: readonly Participant[];
  agendas: Map<string, AgendaItem[]> | undefined;
  critique: readonly CritiqueEntry[];
  objectives: readonly ObjectiveLike[];
  ownerOf: (item: ActionItem) => string;
  today: string;
  focusId: string | null;
  onAdded: () => void;
}

export function ActionItemList({
  engagementId,
  session,
  sessions,
  allItems,
  shownItems,
  participants,
  agendas,
  critique,
  objectives,
  ownerOf,
  today,
  focusId,
  onAdded,
}: ActionItemListProps) {
  const sessionsById = useMemo(
    () => new Map(sessions.map((candidate) => [candidate.id, candidate])),
    [sessions],
  );
  const groupsBySession = useMemo(() => {
    const map = new Map<string, ReturnType<typeof sourceGroups>>();
    for (const candidate of sessions) {
      map.set(
        candidate.id,
        sourceGroups({
          agenda: { sessionTitle: candidate.title, items: agendas?.get(candidate.id) ?? [] },
          objectives,
          critique,
        }),
      );
    }
    return map;
  }, [sessions, agendas, objectives, critique]);
  const hiddenByFilter = allItems.length > shownItems.length;

  return (
    <EditableListSection
      title="Actions"
      intro={
        <p className="subtle">
          New action items are raised in <strong>{session.title}</strong> ({session.date}).
        </p>
      }
      items={shownItems}
      emptyText={
        hiddenByFilter
          ? 'No action items match these filters.'
          : 'No action items yet. Who will do what, by when?'
      }
      addLabel="Add action item"
      onAdd={async () => {
        const id = await actionItemRepository.create(engagementId, session.id);
        onAdded();
        return id;
      }}
      onReorder={(ids) =>
        actionItemRepository.reorder(
          engagementId,
          placeSubsetOrder(
            allItems.map((item) => item.id),
            ids,
          ),
        )
      }
      repository={actionItemRepository}
      describe={(item) => removedName(item.what, 'action item')}
      renderRow={(item, row) => (
        <ActionItemRow
          item={item}
          row={row}
          raisedIn={sessionsById.get(item.sessionId)}
          participants={participants}
          sessionsById={sessionsById}
          groups={groupsBySession.get(item.sessionId) ?? []}
          ownerName={ownerOf(item)}
          today={today}
          focused={item.id === focusId}
        />
      )}
    />
  );
}
