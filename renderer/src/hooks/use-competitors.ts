import { competitorRepository } from '../db/repositories/competitor-repository';
import { useListRows } from './use-list-rows';

/** The engagement's primary competitors, in order; undefined while loading. */
export function useCompetitors(engagementId: string) {
  return useListRows(competitorRepository, engagementId);
}
