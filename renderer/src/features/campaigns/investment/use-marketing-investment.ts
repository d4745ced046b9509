import { useMemo } from 'react';
import type { Campaign } from '../../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../../shared/domain/journey-phase';
import type { Plan } from '../../../../../shared/domain/plan';
import type { InvestmentOutcome } from '../../../../../shared/planning/marketing-investment';
import { planInvestment } from '../../../../../shared/planning/plan-investment';
import type { WorkBackwardsPlan } from '../../../../../shared/planning/work-backwards';

/** The campaign plan as an investment, worked out again as budgets, rates and the goal change. */
export function useMarketingInvestment(
  phases: readonly JourneyPhase[],
  plan: Plan,
  campaigns: readonly Campaign[],
  worked: WorkBackwardsPlan,
): InvestmentOutcome {
  return useMemo(
    () => planInvestment(plan, phases, campaigns, worked),
    [phases, plan, campaigns, worked],
  );
}
