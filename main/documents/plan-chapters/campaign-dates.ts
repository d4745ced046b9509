import type { CampaignLine } from '../../../shared/documents/plan-chapter-schemas';
import type { DocumentLook } from '../document-look';

/**
 * "14 January 2027 – 31 March 2027" in the consultant's date style, "?" for a missing end; null
 * when the campaign has no dates at all, for the caller to say so in its own words.
 */
export function campaignDates(
  campaign: Pick<CampaignLine, 'startDate' | 'endDate'>,
  look: Pick<DocumentLook, 'date'>,
): string | null {
  if (campaign.startDate === '' && campaign.endDate === '') return null;
  return `${look.date(campaign.startDate) || '?'} – ${look.date(campaign.endDate) || '?'}`;
}
