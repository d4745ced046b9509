import { engagementBrandingRepository } from '../db/repositories/engagement-branding-repository';
import { useSheet } from './use-sheet';

/** The client's logo and the deliverables' accent colour; undefined while loading. */
export function useEngagementBranding(engagementId: string) {
  return useSheet(engagementBrandingRepository, engagementId);
}
