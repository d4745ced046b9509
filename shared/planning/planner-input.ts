import type { JourneyPhase } from '../domain/journey-phase';
import { emptyScenarioRates, type Plan } from '../domain/plan';
import { ceilWhole, type PlannerInput, type PlannerPhase } from './work-backwards';

type MappedPhase = Pick<JourneyPhase, 'id' | 'name' | 'baseline' | 'conversionRate'>;

/**
 * The planner's view of the journey: the plan's own rates per scenario, where the expected rate
 * falls back to the journey map's conversion rate until the consultant sets one here.
 */
export function toPlannerPhases(phases: readonly MappedPhase[], plan: Plan): PlannerPhase[] {
  return phases.map((phase) => {
    const own = plan.rates[phase.id] ?? emptyScenarioRates;
    return {
      id: phase.id,
      name: phase.name,
      baseline: phase.baseline,
      rates: {
        cautious: own.cautious,
        expected: own.expected ?? phase.conversionRate,
        ambitious: own.ambitious,
      },
    };
  });
}

export function toPlannerInput(phases: readonly MappedPhase[], plan: Plan): PlannerInput {
  return {
    phases: toPlannerPhases(phases, plan),
    goal: plan.goalTarget,
    bufferPercent: plan.bufferPercent,
    goalPhaseId: plan.goalPhaseId,
  };
}

/** Revenue target ÷ average deal size, rounded up to whole customers; null when it cannot be. */
export function goalFromRevenue(revenue: number | null, averageDealSize: number | null) {
  if (revenue === null || averageDealSize === null) return null;
  if (!Number.isFinite(revenue) || !Number.isFinite(averageDealSize)) return null;
  if (revenue <= 0 || averageDealSize <= 0) return null;
  const customers = ceilWhole(revenue / averageDealSize);
  return Number.isFinite(customers) ? customers : null;
}
