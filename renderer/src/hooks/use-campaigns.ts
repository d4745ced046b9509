import { campaignRepository } from '../db/repositories/campaign-repository';
import { useListRows } from './use-list-rows';

/** The engagement's campaigns, in plan order; undefined while loading. */
export function useCampaigns(engagementId: string) {
  return useListRows(campaignRepository, engagementId);
}
