import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'objectives',
  load: () => import('./ObjectivesWorksheet').then((module) => module.ObjectivesWorksheet),
};
