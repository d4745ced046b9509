import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'situation',
  load: () => import('./SituationWorksheet').then((module) => module.SituationWorksheet),
};
