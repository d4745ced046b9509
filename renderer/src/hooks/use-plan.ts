import { planRepository } from '../db/repositories/plan-repository';
import { useSheet } from './use-sheet';

/** The engagement's work-backwards plan (the empty plan until first edited); undefined while loading. */
export function usePlan(engagementId: string) {
  return useSheet(planRepository, engagementId);
}
