import { maxObjectives } from '../domain/objective';
import type { ObjectiveRemoval } from '../domain/objective-removal';

const nonEmpty = (text: string) => text.trim() !== '';

/**
 * The removals worth telling, oldest first, the latest kept when there are very many. One added by
 * mistake and removed before anything was typed into it is left out: it never said anything.
 */
export function removalsWorthTelling(removals: readonly ObjectiveRemoval[]): ObjectiveRemoval[] {
  return removals
    .filter(({ objective }) => nonEmpty(objective.statement) || nonEmpty(objective.metric))
    .sort((a, b) => a.removedAt - b.removedAt)
    .slice(-maxObjectives);
}

/** Every objective removed in any session, as it read when removed, with its session and why. */
export function removedObjectiveLines(
  removals: readonly ObjectiveRemoval[],
  sessionLabel: (sessionId: string) => string,
) {
  return removalsWorthTelling(removals).map(({ sessionId, objective, reason }) => ({
    session: sessionLabel(sessionId),
    objective,
    reason,
  }));
}
