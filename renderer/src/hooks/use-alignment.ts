import { objectionRepository } from '../db/repositories/objection-repository';
import { perceptionRepository } from '../db/repositories/perception-repository';
import { useListRows } from './use-list-rows';

/** The objections sales hears, in order; undefined while loading. */
export function useObjections(engagementId: string) {
  return useListRows(objectionRepository, engagementId);
}

/** The perceptions buyers hold, in order; undefined while loading. */
export function usePerceptions(engagementId: string) {
  return useListRows(perceptionRepository, engagementId);
}
