import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { AlignmentWorksheet } from './AlignmentWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'alignment',
  component: AlignmentWorksheet,
};
