import type { WorksheetRegistration } from '../workspace/worksheet-registry';

export const worksheet: WorksheetRegistration = {
  id: 'brand-personality',
  load: () =>
    import('./BrandPersonalityWorksheet').then((module) => module.BrandPersonalityWorksheet),
};
