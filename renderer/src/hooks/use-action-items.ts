import { actionItemRepository } from '../db/repositories/action-item-repository';
import { useListRows } from './use-list-rows';

/** The engagement's action items, in the consultant's order; undefined while loading. */
export function useActionItems(engagementId: string) {
  return useListRows(actionItemRepository, engagementId);
}
