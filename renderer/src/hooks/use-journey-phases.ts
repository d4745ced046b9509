import { journeyPhaseRepository } from '../db/repositories/journey-phase-repository';
import { useListRows } from './use-list-rows';

/** The engagement's journey phases, in order; undefined while loading. */
export function useJourneyPhases(engagementId: string) {
  return useListRows(journeyPhaseRepository, engagementId);
}
