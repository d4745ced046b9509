import { brandChannelRepository } from '../db/repositories/brand-channel-repository';
import { useListRows } from './use-list-rows';

/** The channels the brand speaks on, in order, with their tone scores; undefined while loading. */
export function useBrandChannels(engagementId: string) {
  return useListRows(brandChannelRepository, engagementId);
}
