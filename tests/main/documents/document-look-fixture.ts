import { lookOf, type DocumentLook } from '../../../main/documents/document-look';
import { defaultDeliverableBranding } from '../../../shared/documents/deliverable-branding';
import type { EngagementDetails } from '../../../shared/domain/engagement';
import { defaultAppSettings, type AppSettings } from '../../../shared/settings/app-settings';

/** The look of a document of an engagement nobody has branded, with the settings' defaults. */
export function plainLook(
  engagement: Pick<EngagementDetails, 'clientName' | 'consultantName' | 'firmName'>,
  settings: Partial<AppSettings> = {},
): DocumentLook {
  return lookOf(
    { title: '', industry: '', startDate: '2026-01-01', ...engagement },
    defaultDeliverableBranding,
    { ...defaultAppSettings, ...settings },
  );
}

/** ISO dates, as the documents wrote them before the consultant could choose a style. */
export const isoDates: Partial<AppSettings> = { dateStyle: 'iso' };
