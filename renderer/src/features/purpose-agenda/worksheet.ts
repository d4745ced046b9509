import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'purpose-agenda',
  load: () => import('./PurposeAgendaWorksheet').then((module) => module.PurposeAgendaWorksheet),
};
