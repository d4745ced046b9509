import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'session-notes',
  load: () => import('./SessionNotesWorksheet').then((module) => module.SessionNotesWorksheet),
};
