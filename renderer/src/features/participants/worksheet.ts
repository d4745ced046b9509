import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { ParticipantsWorksheet } from './ParticipantsWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'participants',
  component: ParticipantsWorksheet,
};
