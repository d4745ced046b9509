import { z } from 'zod';
import { groupedDigits } from '../domain/grouped-digits';
import { critiqueKinds, maxCritiqueEntriesPerKind } from '../domain/critique';

/**
 * Bounds of a document snapshot where the domain has none of its own. Each is at least what the
 * app can store, so a full engagement always fits, and far below a payload that would strain the
 * process boundary.
 */
export const documentLimits = {
  /** An engagement holds at most this many (the action-item repository's bound). */
  actionItems: 500,
  /** Sessions named on the plan's title page and in the objectives' histories. */
  sessions: 200,
  critiqueEntries: maxCritiqueEntriesPerKind * critiqueKinds.length,
  /** Sessions in which one objective changed, as its brief history tells them. */
  objectiveHistorySessions: 20,
  /** Notes kept for agenda items that were later removed from the agenda. */
  removedItemNotes: 100,
  /** The plan draws five charts (one of each kind in shared/charts/chart-kinds.ts). */
  charts: 5,
} as const;

/** A list in a snapshot, bounded, with a message that says what overflowed. */
export function boundedList<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `A document can list at most ${groupedDigits(max)} ${what}.`);
}
