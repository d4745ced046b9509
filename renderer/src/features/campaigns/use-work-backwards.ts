import { useMemo } from 'react';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { Plan } from '../../../../shared/domain/plan';
import { toPlannerInput } from '../../../../shared/planning/planner-input';
import { workBackwards, type WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';

/** The plan worked out from the journey's phases and the plan record, recomputed as they change. */
export function useWorkBackwards(phases: readonly JourneyPhase[], plan: Plan): WorkBackwardsPlan {
  return useMemo(() => workBackwards(toPlannerInput(phases, plan)), [phases, plan]);
}
