import { z } from 'zod';
import { accentColourSchema, defaultAccentColour } from '../branding/accent-colour';
import { logoSchema } from '../branding/logo';
import { entityId, timestamp } from './text-fields';

/**
 * How the client's deliverables look: the client's logo (checked by main when chosen, and again
 * wherever the row arrives) and the accent colour of headings and table headers. One per
 * engagement, in a table of its own so the home's small engagement rows never carry a logo.
 */
export const engagementBrandingSchema = z.object({
  engagementId: entityId,
  accentColour: accentColourSchema,
  clientLogo: logoSchema.nullable(),
  updatedAt: timestamp,
});
export type EngagementBranding = z.infer<typeof engagementBrandingSchema>;

export const engagementBrandingEditableSchema = engagementBrandingSchema.pick({
  accentColour: true,
  clientLogo: true,
});

export function emptyEngagementBranding(engagementId: string): EngagementBranding {
  return { engagementId, accentColour: defaultAccentColour, clientLogo: null, updatedAt: 0 };
}
