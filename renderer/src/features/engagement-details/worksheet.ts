import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { EngagementDetailsWorksheet } from './EngagementDetailsWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'details',
  component: EngagementDetailsWorksheet,
};
