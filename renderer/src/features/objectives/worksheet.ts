import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { ObjectivesWorksheet } from './ObjectivesWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'objectives',
  component: ObjectivesWorksheet,
};
