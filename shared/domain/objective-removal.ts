import { z } from 'zod';
import { limits } from './limits';
import { objectiveEditableSchema, type Objective } from './objective';
import { entityId, optionalText, timestamp } from './text-fields';

/** What an objective said when it was removed: its words and its refined fields. */
export const removedObjectiveSchema = objectiveEditableSchema.omit({ allowNegative: true });
export type RemovedObjective = z.infer<typeof removedObjectiveSchema>;

/**
 * An objective removed in a session: which one, what it said, in which session, when, and why.
 * Kept so the session summary can tell the client the objective was dropped; an undo of the
 * removal deletes the record again.
 */
export const objectiveRemovalSchema = z.object({
  id: entityId,
  objectiveId: entityId,
  engagementId: entityId,
  sessionId: entityId,
  objective: removedObjectiveSchema,
  reason: optionalText('Reason', limits.shortText),
  removedAt: timestamp,
});
export type ObjectiveRemoval = z.infer<typeof objectiveRemovalSchema>;

/** The record of removing `objective` in `sessionId` at `at`, with no reason given yet. */
export function objectiveRemovalOf(
  objective: Objective,
  sessionId: string,
  at: number,
  id: string,
): ObjectiveRemoval {
  const { statement, metric, direction, baseline, target, unit, deadline, owner } = objective;
  return {
    id,
    objectiveId: objective.id,
    engagementId: objective.engagementId,
    sessionId,
    objective: { statement, metric, direction, baseline, target, unit, deadline, owner },
    reason: '',
    removedAt: at,
  };
}
