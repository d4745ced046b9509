import { formatClock, itemTiming } from '../../../../../shared/domain/facilitator-clock';
import type { ProjectedAgenda as Agenda } from '../projection/projection';
import { useProjectedClock } from './use-projected-clock';

/** The agenda for the room: the purpose, each item at its time, the one on now with its countdown. */
export function ProjectedAgenda({
  view,
  receivedAt,
  frozen,
}: {
  view: Agenda;
  receivedAt: number;
  frozen: boolean;
}) {
  const elapsed = useProjectedClock(view.clock, receivedAt, frozen);
  const running = view.items.find((item) => item.id === view.clock?.itemId);
  const timing = running ? itemTiming(running.minutes, elapsed) : null;
  const over = timing !== null && timing.overrunMs > 0;
  return (
    <section className="projected-agenda" aria-label="Agenda">
      {view.purpose ? <h1 className="projected-agenda__purpose">{view.purpose}</h1> : null}
      {running && timing ? (
        <div className="projected-agenda__now" data-testid="projected-current-item">
          <h2>{running.title}</h2>
          <p className="projected-agenda__countdown" role="timer" aria-label="Time left">
            <span data-testid="projected-countdown">
              {over ? `+${formatClock(timing.overrunMs)}` : formatClock(timing.remainingMs, 'up')}
            </span>{' '}
            <span className="projected-agenda__unit">{over ? 'over time' : 'left'}</span>
          </p>
          {view.notes ? (
            <p className="projected-agenda__notes" data-testid="projected-notes">
              {view.notes}
            </p>
          ) : null}
        </div>
      ) : view.finished ? (
        <p className="projected-agenda__now">The session has finished. Thank you.</p>
      ) : null}
      {view.items.length === 0 ? (
        <p>The agenda is still being prepared.</p>
      ) : (
        <ol className="projected-agenda__items">
          {view.items.map((item) => (
            <li
              key={item.id}
              className={`projected-agenda__item projected-agenda__item--${item.state}`}
              aria-current={item.state === 'running' ? 'step' : undefined}
            >
              <span className="projected-agenda__time">{item.start}</span>
              <span className="projected-agenda__title">{item.title}</span>
              <span className="projected-agenda__minutes">{item.minutes} min</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
