import { objectionRepository } from '../db/repositories/objection-repository';
import { perceptionRepository } from '../db/repositories/perception-repository';
import { salesHandoffRepository } from '../db/repositories/sales-handoff-repository';
import { useListRows } from './use-list-rows';
import { useSheet } from './use-sheet';

/** The objections sales hears, in order; undefined while loading. */
export function useObjections(engagementId: string) {
  return useListRows(objectionRepository, engagementId);
}

/** The perceptions buyers hold, in order; undefined while loading. */
export function usePerceptions(engagementId: string) {
  return useListRows(perceptionRepository, engagementId);
}

/** What makes a lead ready for sales, who follows up and what sales reports back. */
export function useSalesHandoff(engagementId: string) {
  return useSheet(salesHandoffRepository, engagementId);
}
