import { currentIndex, elapsedMsOf, isRunning, type ClockState } from './facilitator-clock';

/**
 * What the consultant captures while running a session, one key each: a decision, an action item,
 * a parking-lot topic, or an insight (the unexpected finding the session was not looking for).
 */
export const captureKinds = ['decision', 'action', 'parking-lot', 'insight'] as const;
export type CaptureKind = (typeof captureKinds)[number];

/** The key that opens each capture in facilitator mode (no modifier, outside a field). */
export const captureKeys: Record<CaptureKind, string> = {
  decision: 'd',
  action: 'a',
  'parking-lot': 'p',
  insight: 'i',
};

export const captureLabels: Record<CaptureKind, { one: string; the: string }> = {
  decision: { one: 'Decision', the: 'the decision' },
  action: { one: 'Action item', the: 'the action item' },
  'parking-lot': { one: 'Parking lot', the: 'the parking-lot topic' },
  insight: { one: 'Insight', the: 'the insight' },
};

export function captureKindOfKey(key: string): CaptureKind | null {
  const lower = key.length === 1 ? key.toLowerCase() : '';
  return captureKinds.find((kind) => captureKeys[kind] === lower) ?? null;
}

/**
 * The agenda item a capture made now belongs to: the item on screen once its clock has run
 * (running, or paused for a moment). Before the session starts, after it finishes, or with no
 * agenda, nothing runs and the capture belongs to the session as a whole (null).
 */
export function captureItem<Item extends { id: string }>(
  state: ClockState,
  items: readonly Item[],
  now: number,
): Item | null {
  if (state.finished || items.length === 0) return null;
  const item =
    items[
      currentIndex(
        state,
        items.map((candidate) => candidate.id),
      )
    ];
  if (!item || state.currentItemId !== item.id) return null;
  return isRunning(state) || elapsedMsOf(state, item.id, now) > 0 ? item : null;
}
