import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'journey-map',
  load: () => import('./JourneyMapWorksheet').then((module) => module.JourneyMapWorksheet),
};
