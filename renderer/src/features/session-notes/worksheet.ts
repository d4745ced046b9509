import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { SessionNotesWorksheet } from './SessionNotesWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'session-notes',
  component: SessionNotesWorksheet,
};
