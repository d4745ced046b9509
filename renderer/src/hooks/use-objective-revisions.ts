import { useLiveQuery } from 'dexie-react-hooks';
import { objectiveRevisionRepository } from '../db/repositories/objective-revision-repository';

/** Every revision of the engagement's objectives, oldest first; undefined while loading. */
export function useObjectiveRevisions(engagementId: string) {
  return useLiveQuery(
    () => objectiveRevisionRepository.listForEngagement(engagementId),
    [engagementId],
  );
}
