import { limits } from './limits';

/**
 * The facilitator's clock, as pure arithmetic on timestamps (milliseconds since the epoch): which
 * agenda item is on, whether the clock runs and since when, and the time each item has had so far.
 * Every function takes `now`, so a reloaded window recomputes exactly what the last one showed.
 */
export interface ClockState {
  /** The item on screen; '' before the session starts (the first item is up). */
  currentItemId: string;
  /** True once Next was pressed on the last item. */
  finished: boolean;
  /** When the running stretch began; null while paused. */
  runningSince: number | null;
  /** Time each item has had in closed stretches, by item id (the open stretch is added on read). */
  elapsedMs: Record<string, number>;
}

export interface PlannedItem {
  id: string;
  minutes: number;
}

const minuteMs = 60_000;
/** Longer than any session: a clock left running over a weekend stops counting here. */
export const maxElapsedMs = limits.sessionMinutes * minuteMs * 2;
/** An item visited for less than this was skipped, not run: no actual time is recorded for it. */
export const minimumRecordedMs = 30_000;

export const idleClock: ClockState = {
  currentItemId: '',
  finished: false,
  runningSince: null,
  elapsedMs: {},
};

export function isRunning(state: ClockState): boolean {
  return state.runningSince !== null;
}

/** A stretch's length; a clock set back (negative) counts as nothing, never as negative time. */
function stretch(from: number, to: number): number {
  const length = to - from;
  return Number.isFinite(length) ? Math.min(Math.max(0, Math.round(length)), maxElapsedMs) : 0;
}

function closeStretch(state: ClockState, now: number): ClockState {
  if (state.runningSince === null || state.currentItemId === '')
    return { ...state, runningSince: null };
  const id = state.currentItemId;
  const total = Math.min(
    (state.elapsedMs[id] ?? 0) + stretch(state.runningSince, now),
    maxElapsedMs,
  );
  return { ...state, runningSince: null, elapsedMs: { ...state.elapsedMs, [id]: total } };
}

/** The index of the item on screen; the agenda's length once finished; 0 if the item is gone. */
export function currentIndex(state: ClockState, itemIds: readonly string[]): number {
  if (state.finished) return itemIds.length;
  const index = itemIds.indexOf(state.currentItemId);
  return index < 0 ? 0 : index;
}

export function elapsedMsOf(state: ClockState, itemId: string, now: number): number {
  const closed = state.elapsedMs[itemId] ?? 0;
  const open =
    state.runningSince !== null && itemId === state.currentItemId
      ? stretch(state.runningSince, now)
      : 0;
  return Math.min(closed + open, maxElapsedMs);
}

export function startClock(state: ClockState, itemIds: readonly string[], now: number): ClockState {
  if (itemIds.length === 0 || isRunning(state) || state.finished) return state;
  const currentItemId = itemIds[currentIndex(state, itemIds)] as string;
  if (currentItemId !== state.currentItemId)
    return { ...closeStretch(state, now), currentItemId, runningSince: now };
  return { ...state, runningSince: now };
}

export function pauseClock(state: ClockState, now: number): ClockState {
  return isRunning(state) ? closeStretch(state, now) : state;
}

export function toggleClock(
  state: ClockState,
  itemIds: readonly string[],
  now: number,
): ClockState {
  return isRunning(state) ? pauseClock(state, now) : startClock(state, itemIds, now);
}

/** Moves to an item, closing the current item's stretch; a running clock keeps running there. */
export function goToItem(
  state: ClockState,
  itemIds: readonly string[],
  index: number,
  now: number,
): ClockState {
  if (itemIds.length === 0) return state;
  const closed = closeStretch(state, now);
  if (index >= itemIds.length) return { ...closed, currentItemId: '', finished: true };
  const currentItemId = itemIds[Math.max(0, index)] as string;
  return {
    ...closed,
    currentItemId,
    finished: false,
    runningSince: isRunning(state) ? now : null,
  };
}

/** Next item; Next on the last item finishes the session and stops the clock. */
export function nextItem(state: ClockState, itemIds: readonly string[], now: number): ClockState {
  if (state.finished) return state;
  return goToItem(state, itemIds, currentIndex(state, itemIds) + 1, now);
}

export function previousItem(
  state: ClockState,
  itemIds: readonly string[],
  now: number,
): ClockState {
  const index = currentIndex(state, itemIds);
  if (index === 0) return state;
  return goToItem(state, itemIds, index - 1, now);
}

export interface ItemTiming {
  plannedMs: number;
  elapsedMs: number;
  /** Time left of the plan; 0 once it is used up. */
  remainingMs: number;
  /** Time past the plan; 0 while within it. */
  overrunMs: number;
  /** Share of the plan used, 0 … 1. */
  progress: number;
}

export function itemTiming(plannedMinutes: number, elapsedMs: number): ItemTiming {
  const plannedMs = Number.isFinite(plannedMinutes) ? Math.max(0, plannedMinutes) * minuteMs : 0;
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  return {
    plannedMs,
    elapsedMs: elapsed,
    remainingMs: Math.max(0, plannedMs - elapsed),
    overrunMs: Math.max(0, elapsed - plannedMs),
    progress: plannedMs === 0 ? 1 : Math.min(1, elapsed / plannedMs),
  };
}

/** The minutes recorded for an item: rounded to the nearest minute; null if it was skipped. */
export function actualMinutesFrom(elapsedMs: number): number | null {
  if (!Number.isFinite(elapsedMs) || elapsedMs < minimumRecordedMs) return null;
  return Math.min(limits.sessionMinutes, Math.round(elapsedMs / minuteMs));
}

/** The actual minutes that differ from what the agenda holds, to be written back to it. */
export function actualMinutesToRecord(
  state: ClockState,
  items: readonly { id: string; actualMinutes: number | null }[],
  now: number,
): { id: string; actualMinutes: number }[] {
  return items.flatMap((item) => {
    const actualMinutes = actualMinutesFrom(elapsedMsOf(state, item.id, now));
    return actualMinutes === null || actualMinutes === item.actualMinutes
      ? []
      : [{ id: item.id, actualMinutes }];
  });
}

/**
 * How far the session is behind its plan (negative: ahead): finished items count their full
 * difference, the current item only once it overruns.
 */
export function scheduleDriftMs(
  state: ClockState,
  items: readonly PlannedItem[],
  now: number,
): number {
  const index = currentIndex(
    state,
    items.map((item) => item.id),
  );
  return items.reduce((drift, item, position) => {
    if (position > index) return drift;
    const timing = itemTiming(item.minutes, elapsedMsOf(state, item.id, now));
    if (position < index) return drift + timing.elapsedMs - timing.plannedMs;
    return drift + timing.overrunMs;
  }, 0);
}

/** "12:05" or "1:02:03": a countdown shows whole seconds still to go, so it starts at the plan. */
export function formatClock(ms: number, rounding: 'up' | 'down' = 'down'): string {
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  const totalSeconds = rounding === 'up' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** "3 min 20 s", for sentences a screen reader reads out. */
export function formatSpokenDuration(ms: number): string {
  const totalSeconds = Number.isFinite(ms) ? Math.floor(Math.max(0, ms) / 1000) : 0;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

export interface ActualsSummary {
  /** Items with recorded actual minutes. */
  recorded: number;
  /** Planned minutes of those items only, so the comparison is like for like. */
  plannedMinutes: number;
  actualMinutes: number;
}

/** Recorded time against the plan, over the items facilitator mode has timed. */
export function summarizeActuals(
  items: readonly { minutes: number; actualMinutes: number | null }[],
): ActualsSummary {
  return items.reduce(
    (summary, item) =>
      item.actualMinutes === null
        ? summary
        : {
            recorded: summary.recorded + 1,
            plannedMinutes: summary.plannedMinutes + item.minutes,
            actualMinutes: summary.actualMinutes + item.actualMinutes,
          },
    { recorded: 0, plannedMinutes: 0, actualMinutes: 0 },
  );
}
