import type { AgendaItem } from '../../../../shared/domain/agenda';
import {
  formatClock,
  formatSpokenDuration,
  itemTiming,
} from '../../../../shared/domain/facilitator-clock';

interface CurrentItemProps {
  item: AgendaItem;
  index: number;
  count: number;
  elapsedMs: number;
  running: boolean;
  /** False until this item's clock has run at all. */
  started: boolean;
}

/** The item on now, with its countdown; past its planned minutes, the overrun in plain words. */
export function CurrentItem({ item, index, count, elapsedMs, running, started }: CurrentItemProps) {
  const timing = itemTiming(item.minutes, elapsedMs);
  const over = timing.overrunMs > 0;
  const status = running ? 'Running' : started ? 'Paused' : 'Not started';
  return (
    <section
      className={`facilitator__current${over ? ' facilitator__current--over' : ''}`}
      aria-labelledby="facilitator-current-title"
      data-testid="current-item"
    >
      <p className="facilitator__position">
        Item {index + 1} of {count} · <span data-testid="clock-status">{status}</span>
      </p>
      <h2 id="facilitator-current-title">{item.title.trim() || 'Untitled item'}</h2>
      {item.owner.trim() ? <p className="facilitator__owner">Led by {item.owner}</p> : null}
      <div className="facilitator__countdown" role="timer" aria-label="Time left on this item">
        <span data-testid="countdown">
          {over ? `+${formatClock(timing.overrunMs)}` : formatClock(timing.remainingMs, 'up')}
        </span>
        <span className="facilitator__countdown-unit">{over ? 'over time' : 'left'}</span>
      </div>
      <div className="facilitator__progress" aria-hidden="true">
        <div style={{ width: `${Math.round(timing.progress * 100)}%` }} />
      </div>
      <p className="facilitator__timing" data-testid="item-timing">
        Planned {item.minutes} min · Elapsed {formatClock(timing.elapsedMs)}
      </p>
      {over ? (
        <p className="facilitator__overrun" data-testid="overrun">
          Over time by {formatSpokenDuration(timing.overrunMs)}: wrap up, or agree what to drop.
        </p>
      ) : null}
    </section>
  );
}
