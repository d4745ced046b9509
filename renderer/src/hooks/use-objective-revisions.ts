import { useLiveQuery } from 'dexie-react-hooks';
import { objectiveRevisionRepository } from '../db/repositories/objective-revision-repository';

/** Records why a field of an objective changed in a session. */
const setReason = (id: string, reason: string) => objectiveRevisionRepository.setReason(id, reason);

/**
 * Every revision of the engagement's objectives, oldest first (undefined while loading), and
 * `setReason` to say why one was made.
 */
export function useObjectiveRevisions(engagementId: string) {
  const revisions = useLiveQuery(
    () => objectiveRevisionRepository.listForEngagement(engagementId),
    [engagementId],
  );
  return { revisions, setReason };
}
