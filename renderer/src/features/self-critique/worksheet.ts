import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'self-critique',
  load: () => import('./SelfCritiqueWorksheet').then((module) => module.SelfCritiqueWorksheet),
};
