import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { SituationWorksheet } from './SituationWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'situation',
  component: SituationWorksheet,
};
