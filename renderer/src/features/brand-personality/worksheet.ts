import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { BrandPersonalityWorksheet } from './BrandPersonalityWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'brand-personality',
  component: BrandPersonalityWorksheet,
};
