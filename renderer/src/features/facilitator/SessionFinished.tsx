import type { AgendaItem } from '../../../../shared/domain/agenda';
import { formatDuration } from '../../../../shared/domain/agenda-times';
import {
  actualMinutesFrom,
  elapsedMsOf,
  type ClockState,
} from '../../../../shared/domain/facilitator-clock';

/** After the last item: planned against actual, item by item, as recorded on the agenda. */
export function SessionFinished({
  items,
  state,
  now,
}: {
  items: readonly AgendaItem[];
  state: ClockState;
  now: number;
}) {
  const rows = items.map((item) => ({
    item,
    actual: actualMinutesFrom(elapsedMsOf(state, item.id, now)),
  }));
  const planned = items.reduce((sum, item) => sum + item.minutes, 0);
  const actual = rows.reduce((sum, row) => sum + (row.actual ?? 0), 0);
  return (
    <section className="facilitator__finished" aria-labelledby="facilitator-finished-title">
      <h2 id="facilitator-finished-title">The session is finished</h2>
      <p>
        Planned {formatDuration(planned)}, took {formatDuration(actual)}. The actual minutes are
        recorded on the agenda. Press ← to go back to the last item.
      </p>
      <table className="facilitator__table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, actual: minutes }) => (
            <tr key={item.id}>
              <td>{item.title.trim() || 'Untitled item'}</td>
              <td>{item.minutes} min</td>
              <td>{minutes === null ? 'skipped' : `${minutes} min`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
