import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { PurposeAgendaWorksheet } from './PurposeAgendaWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'purpose-agenda',
  component: PurposeAgendaWorksheet,
};
