import { scheduleAgenda } from '../../../../../shared/domain/agenda-times';
import { captureItem } from '../../../../../shared/domain/capture';
import {
  currentIndex,
  elapsedMsOf,
  isRunning,
} from '../../../../../shared/domain/facilitator-clock';
import type { ProjectedAgenda } from './projection';
import type { ProjectionOptions, ProjectionRecords } from './records';

/**
 * The agenda as the room sees it: each item with its start time, done, running or still to come,
 * and the clock of the item on now. The facilitator's notes on that item are private.
 */
export function toProjectedAgenda(
  records: ProjectionRecords,
  { hidePrivate, now }: ProjectionOptions,
): ProjectedAgenda {
  const { session, agendaItems: items, clock } = records;
  const schedule = scheduleAgenda(
    session?.startTime ?? '09:00',
    session?.lengthMinutes ?? 0,
    items,
  );
  const index = currentIndex(
    clock,
    items.map((item) => item.id),
  );
  const running = captureItem(clock, items, now);
  const notes = running
    ? records.sessionNotes
        .filter((note) => note.kind === 'agenda-note' && note.agendaItemId === running.id)
        .map((note) => note.text.trim())
        .filter(Boolean)
        .join('\n\n')
    : '';
  return {
    kind: 'agenda',
    purpose: session?.purpose.trim() ?? '',
    items: schedule.rows.map(({ item, start }, position) => ({
      id: item.id,
      title: item.title.trim() || 'Untitled item',
      start,
      minutes: item.minutes,
      owner: item.owner.trim(),
      state: position < index ? 'done' : position === index && running ? 'running' : 'up',
    })),
    clock: running
      ? {
          itemId: running.id,
          elapsedMs: elapsedMsOf(clock, running.id, now),
          running: isRunning(clock),
        }
      : null,
    finished: clock.finished,
    ...(hidePrivate ? {} : { notes }),
  };
}
