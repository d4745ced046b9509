import { useMemo } from 'react';
import type { ActionItem } from '../../../../shared/domain/action-item';
import { actionItemStatusLabels } from '../../../../shared/domain/action-item-filters';
import type { CritiqueEntry } from '../../../../shared/domain/critique';
import { useActionItems } from '../../hooks/use-action-items';
import { CritiqueList } from './CritiqueList';
import { MakeActionButton } from './MakeActionButton';
import { actionItemsHref, requestActionItemFocus } from '../action-items/action-item-link';

interface ChangeListProps {
  engagementId: string;
  /** The session the consultant is in: a change turned into an action is raised there. */
  sessionId: string;
  entries: readonly CritiqueEntry[] | undefined;
}

/** The changes needed to compete, each one step away from an owned action item. */
export function ChangeList({ engagementId, sessionId, entries }: ChangeListProps) {
  const actionItems = useActionItems(engagementId);
  const actionsBySource = useMemo(() => {
    const map = new Map<string, ActionItem[]>();
    for (const item of actionItems ?? []) {
      if (item.source.kind !== 'critique') continue;
      map.set(item.source.id, [...(map.get(item.source.id) ?? []), item]);
    }
    return map;
  }, [actionItems]);

  return (
    <CritiqueList
      className="change-list"
      engagementId={engagementId}
      kind="change"
      entries={entries}
      placeholder="e.g. Cut onboarding from six weeks to two"
      intro={
        <p className="subtle">
          What must change to compete, drawn from the weaknesses and threats above. Make each one an
          action item so someone in the room owns it.
        </p>
      }
      renderExtra={(entry) => {
        const actions = actionsBySource.get(entry.id) ?? [];
        if (actionItems === undefined) return null;
        if (actions.length === 0)
          return (
            <MakeActionButton entry={entry} engagementId={engagementId} sessionId={sessionId} />
          );
        return (
          <ul className="change-actions" aria-label="Action items for this change">
            {actions.map((action) => (
              <li key={action.id}>
                <span className="badge badge--has-action">Has an action</span>{' '}
                <a
                  href={actionItemsHref(engagementId, sessionId)}
                  onClick={() => requestActionItemFocus(action.id)}
                >
                  Action item: {action.what.trim() || 'untitled'}
                </a>{' '}
                <span className="subtle">
                  · {actionItemStatusLabels[action.status]}
                  {action.ownerName ? ` · ${action.ownerName}` : ''}
                  {action.dueDate ? ` · due ${action.dueDate}` : ''}
                </span>
              </li>
            ))}
          </ul>
        );
      }}
    />
  );
}
