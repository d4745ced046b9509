import type { z } from 'zod';
import { defaultAccentColour } from '../branding/accent-colour';
import { engagementBrandingSchema, type EngagementBranding } from '../domain/engagement-branding';

/**
 * The engagement's part of a deliverable's look, sent with every snapshot: the client's logo and
 * the accent colour. The firm's part (its name and logo, the consultant, the date style) is added
 * by main from the consultant's settings.
 */
export const deliverableBrandingSchema = engagementBrandingSchema
  .pick({ accentColour: true, clientLogo: true })
  .default({ accentColour: defaultAccentColour, clientLogo: null });
export type DeliverableBranding = z.infer<typeof deliverableBrandingSchema>;

export const defaultDeliverableBranding: DeliverableBranding = {
  accentColour: defaultAccentColour,
  clientLogo: null,
};

export function toDeliverableBranding(
  branding: Pick<EngagementBranding, 'accentColour' | 'clientLogo'> | null | undefined,
): DeliverableBranding {
  return branding
    ? { accentColour: branding.accentColour, clientLogo: branding.clientLogo }
    : { ...defaultDeliverableBranding };
}
