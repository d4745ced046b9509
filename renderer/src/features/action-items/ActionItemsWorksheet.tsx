import { useEffect, useMemo, useRef, useState } from 'react';
import {
  filterActionItems,
  noFilter,
  type ActionItemFilter,
} from '../../../../shared/domain/action-item-filters';
import { isOverdue } from '../../../../shared/domain/action-item';
import { localIsoDate } from '../../../../shared/domain/local-date';
import { useActionItems } from '../../hooks/use-action-items';
import { useCritiqueEntries } from '../../hooks/use-critique';
import { useObjectives } from '../../hooks/use-objectives';
import { useEngagementParticipants } from '../../hooks/use-participants';
import { useSessionAgendas } from '../../hooks/use-session-agendas';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { clearActionItemFocus, peekActionItemFocus } from './action-item-link';
import { ActionItemFilters } from './ActionItemFilters';
import { ActionItemList } from './ActionItemList';
import { ownerResolver } from './owner-resolver';
import './action-items.css';

/** Who does what by when, across the engagement, each action traced to the session that raised it. */
export function ActionItemsWorksheet({ engagement, session, sessions }: WorksheetProps) {
  const items = useActionItems(engagement.id);
  const participants = useEngagementParticipants(engagement.id);
  const agendas = useSessionAgendas(sessions.map((candidate) => candidate.id));
  const critique = useCritiqueEntries(engagement.id);
  const objectives = useObjectives(engagement.id);
  const [filter, setFilter] = useState<ActionItemFilter>(noFilter);
  const [focusId] = useState(peekActionItemFocus);
  const broughtIntoView = useRef(false);
  const today = localIsoDate();

  const ownerOf = useMemo(() => ownerResolver(participants ?? []), [participants]);
  const shown = useMemo(
    () => (items ? filterActionItems(items, ownerOf, filter, today) : undefined),
    [items, ownerOf, filter, today],
  );
  const overdueCount = items?.filter((item) => isOverdue(item, today)).length ?? 0;

  useEffect(() => {
    if (broughtIntoView.current || !focusId || !items?.some((item) => item.id === focusId)) return;
    broughtIntoView.current = true;
    clearActionItemFocus();
    const row = document.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(focusId)}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [focusId, items]);

  return (
    <section className="worksheet action-items" aria-labelledby="action-items-title">
      <h2 id="action-items-title">Action items</h2>
      <p className="worksheet-hint">
        Before the room breaks up, give every action an owner who is in the room and a due date they
        agree to. Say where it came from — an objective, a finding of the self-critique, an agenda
        item — so the plan can trace each action to its reason. Late ones stand out in red.
      </p>
      {items === undefined || shown === undefined ? (
        <p className="subtle">Loading the action items…</p>
      ) : (
        <>
          <ActionItemFilters
            items={items}
            shownCount={shown.length}
            overdueCount={overdueCount}
            ownerOf={ownerOf}
            filter={filter}
            onChange={setFilter}
          />
          <ActionItemList
            engagementId={engagement.id}
            session={session}
            sessions={sessions}
            allItems={items}
            shownItems={shown}
            participants={participants ?? []}
            agendas={agendas}
            critique={critique ?? []}
            objectives={objectives ?? []}
            ownerOf={ownerOf}
            today={today}
            focusId={focusId}
            onAdded={() => setFilter(noFilter)}
          />
        </>
      )}
    </section>
  );
}
