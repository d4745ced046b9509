import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'details',
  load: () =>
    import('./EngagementDetailsWorksheet').then((module) => module.EngagementDetailsWorksheet),
};
