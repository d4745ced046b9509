import type { WorksheetRegistration } from '../workspace/worksheet-registry';
import { ActionItemsWorksheet } from './ActionItemsWorksheet';

export const worksheet: WorksheetRegistration = {
  id: 'action-items',
  component: ActionItemsWorksheet,
};
