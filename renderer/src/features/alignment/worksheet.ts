import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'alignment',
  load: () => import('./AlignmentWorksheet').then((module) => module.AlignmentWorksheet),
};
