import { useMemo } from 'react';
import type { ObjectiveEditable } from '../../../shared/domain/objective';
import { objectiveRepository } from '../db/repositories/objective-repository';

/**
 * Changing the engagement's objectives in a session: every change, new objective and removal is
 * stamped with `sessionId`. `removable` is what an undoable removal removes and restores with.
 */
export function useObjectiveEdits(engagementId: string, sessionId: string) {
  return useMemo(
    () => ({
      removable: objectiveRepository.inSession(sessionId),
      /** States a new objective in the session; resolves to its id. */
      create: () => objectiveRepository.create(engagementId, sessionId),
      reorder: (ids: string[]) => objectiveRepository.reorder(engagementId, ids),
      /** Writes the change with the revision it makes in the session. */
      update: (id: string, patch: Partial<ObjectiveEditable>) =>
        objectiveRepository.update(id, sessionId, patch),
    }),
    [engagementId, sessionId],
  );
}
