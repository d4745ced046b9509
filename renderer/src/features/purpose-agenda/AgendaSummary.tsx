import type { AgendaSchedule, TimedItem } from '../../../../shared/domain/agenda-times';
import { formatDuration } from '../../../../shared/domain/agenda-times';

/** Planned total against the session's length, with the overrun said plainly. */
export function AgendaSummary({ schedule }: { schedule: AgendaSchedule<TimedItem> }) {
  const { plannedMinutes, sessionMinutes, overrunMinutes, spareMinutes, ends } = schedule;
  return (
    <div className="agenda-summary" data-testid="agenda-summary">
      <p>
        Planned <strong>{formatDuration(plannedMinutes)}</strong> of{' '}
        <strong>{formatDuration(sessionMinutes)}</strong>, ending at <strong>{ends}</strong>.
        {overrunMinutes === 0 && spareMinutes > 0
          ? ` ${formatDuration(spareMinutes)} unplanned.`
          : ''}
      </p>
      {overrunMinutes > 0 ? (
        <p className="notice notice--warning" role="alert">
          The agenda runs {formatDuration(overrunMinutes)} over the session’s length. Shorten or
          drop an item, or lengthen the session.
        </p>
      ) : null}
    </div>
  );
}
