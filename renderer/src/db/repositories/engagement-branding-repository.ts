import type { Logo } from '../../../../shared/branding/logo';
import {
  emptyEngagementBranding,
  engagementBrandingEditableSchema,
  engagementBrandingSchema,
  type EngagementBranding,
} from '../../../../shared/domain/engagement-branding';
import { createSheetRepository } from './sheet-repository';

const sheet = createSheetRepository<EngagementBranding>({
  tableName: 'engagementBrandings',
  schema: engagementBrandingSchema,
  editableSchema: engagementBrandingEditableSchema,
  empty: emptyEngagementBranding,
});

/** The client's logo and the accent colour of the engagement's deliverables. */
export const engagementBrandingRepository = {
  get: sheet.get,
  /** A colour as parsed from what was typed (#RRGGBB); anything else is refused with the reason. */
  setAccentColour: (engagementId: string, accentColour: string) =>
    sheet.update(engagementId, { accentColour }),
  /** A logo main has read and checked; null takes the logo off. */
  setClientLogo: (engagementId: string, clientLogo: Logo | null) =>
    sheet.update(engagementId, { clientLogo }),
};
