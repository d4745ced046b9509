import { memo, useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { scheduleAgenda } from '../../../../shared/domain/agenda-times';
import { FailureNotice } from '../../components/Notice';
import { RemovalNotices } from '../../components/RemovalUndo';
import { SortableList } from '../../components/SortableList';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';
import { agendaRepository } from '../../db/repositories/agenda-repository';
import { AgendaItemRow } from './AgendaItemRow';
import { AgendaSummary } from './AgendaSummary';
import { ActualTimeSummary } from '../facilitator/ActualMinutes';

const getId = (item: AgendaItem) => item.id;

/**
 * The timed agenda: start times follow from the session's start and each item's minutes. Given
 * only what it reads of the session, so a save of the session's other fields (its purpose, typed
 * above) does not draw every agenda row again.
 */
export const AgendaEditor = memo(function AgendaEditor({
  sessionId,
  startTime,
  lengthMinutes,
  items,
}: {
  sessionId: string;
  startTime: string;
  lengthMinutes: number;
  items: readonly AgendaItem[];
}) {
  const removal = useUndoableRemoval(agendaRepository);
  const { error, run, clear } = useFailureMessage();
  const [addedId, setAddedId] = useState<string | null>(null);
  const schedule = scheduleAgenda(startTime, lengthMinutes, items);
  const startById = new Map(schedule.rows.map((row) => [row.item.id, row.start]));

  return (
    <div className="agenda">
      <div className="column-labels agenda-header" aria-hidden="true">
        <span />
        <span>Start</span>
        <span>Item</span>
        <span>Minutes</span>
        <span>Owner</span>
        <span />
      </div>
      {items.length === 0 ? (
        <p className="subtle">
          No agenda items yet. Prepare the agenda before the session and send it as a pre-read.
        </p>
      ) : null}
      <SortableList
        label="Agenda items"
        items={items}
        getId={getId}
        onReorder={(ids) => run(() => agendaRepository.reorder(sessionId, ids))}
        renderItem={(item, controls) => (
          <AgendaItemRow
            item={item}
            start={startById.get(item.id) ?? ''}
            controls={controls}
            onRemove={(target) => void removal.remove(target.id)}
            autoFocus={item.id === addedId}
          />
        )}
      />
      <button
        type="button"
        className="button"
        onClick={() => void run(async () => setAddedId(await agendaRepository.add(sessionId)))}
      >
        Add agenda item
      </button>
      <FailureNotice message={error} onDismiss={clear} />
      <RemovalNotices removal={removal} describe={(item) => `“${item.title || 'untitled item'}”`} />
      <AgendaSummary schedule={schedule} />
      <ActualTimeSummary items={items} />
    </div>
  );
});
