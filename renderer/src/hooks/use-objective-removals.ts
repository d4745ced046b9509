import { useLiveQuery } from 'dexie-react-hooks';
import { objectiveRemovalRepository } from '../db/repositories/objective-removal-repository';

/** Records why a removed objective was dropped; possible any time after the removal. */
const setReason = (id: string, reason: string) => objectiveRemovalRepository.setReason(id, reason);

/**
 * The objectives removed in the engagement's sessions, oldest first (undefined while loading),
 * and `setReason` to say why one was dropped.
 */
export function useObjectiveRemovals(engagementId: string) {
  const removals = useLiveQuery(
    () => objectiveRemovalRepository.listForEngagement(engagementId),
    [engagementId],
  );
  return { removals, setReason };
}
