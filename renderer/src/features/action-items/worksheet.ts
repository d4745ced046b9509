import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'action-items',
  load: () => import('./ActionItemsWorksheet').then((module) => module.ActionItemsWorksheet),
};
