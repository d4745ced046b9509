import { objectiveRepository } from '../db/repositories/objective-repository';
import { useListRows } from './use-list-rows';

/** The engagement's objectives, in priority order (action items offer them as sources); undefined while loading. */
export function useObjectives(engagementId: string) {
  return useListRows(objectiveRepository, engagementId);
}
