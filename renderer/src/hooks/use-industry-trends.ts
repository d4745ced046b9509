import { industryTrendRepository } from '../db/repositories/industry-trend-repository';
import { useListRows } from './use-list-rows';

/** The engagement's industry trends, in order; undefined while loading. */
export function useIndustryTrends(engagementId: string) {
  return useListRows(industryTrendRepository, engagementId);
}
