import { salesStageRepository } from '../db/repositories/sales-stage-repository';
import { useListRows } from './use-list-rows';

/** The engagement's sales process stages, in order; undefined while loading. */
export function useSalesStages(engagementId: string) {
  return useListRows(salesStageRepository, engagementId);
}
