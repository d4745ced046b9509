import { describe, expect, it } from 'vitest';
import { captureItem, captureKindOfKey } from '../../../shared/domain/capture';
import {
  idleClock,
  nextItem,
  pauseClock,
  startClock,
  type ClockState,
} from '../../../shared/domain/facilitator-clock';

const items = [
  { id: 'welcome', minutes: 5 },
  { id: 'review', minutes: 20 },
];
const ids = items.map((item) => item.id);
const t0 = Date.parse('2026-11-30T09:00:00Z');

describe('which agenda item a capture belongs to', () => {
  it('belongs to the session before the first item has started', () => {
    expect(captureItem(idleClock, items, t0)).toBeNull();
  });

  it('belongs to the running item, and still to it while it is paused', () => {
    const running = startClock(idleClock, ids, t0);
    expect(captureItem(running, items, t0 + 1000)?.id).toBe('welcome');
    const paused = pauseClock(running, t0 + 60_000);
    expect(captureItem(paused, items, t0 + 120_000)?.id).toBe('welcome');
    const moved = nextItem(paused, ids, t0 + 130_000);
    // Moved on while paused: the next item has not run yet, so nothing runs.
    expect(captureItem(moved, items, t0 + 131_000)).toBeNull();
  });

  it('follows the clock to the next item', () => {
    const second = nextItem(startClock(idleClock, ids, t0), ids, t0 + 300_000);
    expect(captureItem(second, items, t0 + 301_000)?.id).toBe('review');
  });

  it('belongs to the session once the session is finished, or when there is no agenda', () => {
    let state: ClockState = startClock(idleClock, ids, t0);
    state = nextItem(nextItem(state, ids, t0 + 1000), ids, t0 + 2000);
    expect(state.finished).toBe(true);
    expect(captureItem(state, items, t0 + 3000)).toBeNull();
    expect(captureItem(startClock(idleClock, ids, t0), [], t0 + 1000)).toBeNull();
  });

  it('belongs to the session when the running item was removed from the agenda', () => {
    const running = startClock(idleClock, ids, t0);
    expect(captureItem(running, items.slice(1), t0 + 1000)).toBeNull();
  });
});

describe('capture keys', () => {
  it('opens each capture with one letter, either case, and nothing else', () => {
    expect(['d', 'A', 'p', 'I'].map(captureKindOfKey)).toEqual([
      'decision',
      'action',
      'parking-lot',
      'insight',
    ]);
    expect(['x', ' ', 'Delete', 'ArrowRight'].map(captureKindOfKey)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
