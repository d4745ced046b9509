import { useLiveQuery } from 'dexie-react-hooks';
import { objectiveRemovalRepository } from '../db/repositories/objective-removal-repository';

/** The objectives removed in the engagement's sessions, oldest first; undefined while loading. */
export function useObjectiveRemovals(engagementId: string) {
  return useLiveQuery(
    () => objectiveRemovalRepository.listForEngagement(engagementId),
    [engagementId],
  );
}
