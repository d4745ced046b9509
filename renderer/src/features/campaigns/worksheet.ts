import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { CampaignsWorksheet } from './CampaignsWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'campaigns',
  component: CampaignsWorksheet,
};
