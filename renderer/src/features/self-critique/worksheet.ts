import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { SelfCritiqueWorksheet } from './SelfCritiqueWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'self-critique',
  component: SelfCritiqueWorksheet,
};
