import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { JourneyMapWorksheet } from './JourneyMapWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'journey-map',
  component: JourneyMapWorksheet,
};
