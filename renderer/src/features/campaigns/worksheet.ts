import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'campaigns',
  load: () => import('./CampaignsWorksheet').then((module) => module.CampaignsWorksheet),
};
