import type { EngagementDetails } from '../domain/engagement';

/** The engagement as every deliverable names it: its details, nothing stored beside them. */
export function pickEngagementDetails(engagement: EngagementDetails): EngagementDetails {
  return {
    clientName: engagement.clientName,
    title: engagement.title,
    industry: engagement.industry,
    consultantName: engagement.consultantName,
    firmName: engagement.firmName,
    startDate: engagement.startDate,
  };
}
