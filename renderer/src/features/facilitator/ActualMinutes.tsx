import type { AgendaItem } from '../../../../shared/domain/agenda';
import { formatDuration } from '../../../../shared/domain/agenda-times';
import { summarizeActuals } from '../../../../shared/domain/facilitator-clock';
import './facilitator.css';

/** Beside an agenda item's planned minutes: what it actually took, once facilitator mode ran it. */
export function ActualMinutes({ item }: { item: Pick<AgendaItem, 'minutes' | 'actualMinutes'> }) {
  if (item.actualMinutes === null) return null;
  const over = item.actualMinutes > item.minutes;
  return (
    <span
      className={`agenda-actual${over ? ' agenda-actual--over' : ''}`}
      data-testid="agenda-actual"
    >
      took {item.actualMinutes} min
    </span>
  );
}

/** Under the agenda: the recorded time against the plan, for the items that were timed. */
export function ActualTimeSummary({
  items,
}: {
  items: readonly Pick<AgendaItem, 'minutes' | 'actualMinutes'>[];
}) {
  const { recorded, plannedMinutes, actualMinutes } = summarizeActuals(items);
  if (recorded === 0) return null;
  const difference = actualMinutes - plannedMinutes;
  return (
    <p data-testid="agenda-actual-summary">
      Run in facilitator mode: {recorded} of {items.length} items took{' '}
      <strong>{formatDuration(actualMinutes)}</strong> against {formatDuration(plannedMinutes)}{' '}
      planned
      {difference === 0
        ? ', exactly on plan.'
        : difference > 0
          ? ` (${formatDuration(difference)} over).`
          : ` (${formatDuration(-difference)} under).`}
    </p>
  );
}
