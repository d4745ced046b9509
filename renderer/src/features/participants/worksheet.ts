import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'participants',
  load: () => import('./ParticipantsWorksheet').then((module) => module.ParticipantsWorksheet),
};
