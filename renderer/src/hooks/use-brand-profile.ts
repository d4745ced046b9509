import { brandProfileRepository } from '../db/repositories/brand-profile-repository';
import { useSheet } from './use-sheet';

/** The brand's tone of voice and words; undefined while loading. */
export function useBrandProfile(engagementId: string) {
  return useSheet(brandProfileRepository, engagementId);
}
