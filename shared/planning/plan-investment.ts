import type { Plan } from '../domain/plan';
import {
  marketingInvestment,
  type BudgetedCampaign,
  type InvestmentOutcome,
} from './marketing-investment';
import type { WorkBackwardsPlan } from './work-backwards';

/**
 * The engagement's stored plan, phases and campaigns as an investment: one reading, shared by the
 * planner on screen and the marketing plan, so both say the same.
 */
export function planInvestment(
  plan: Plan,
  phases: readonly { id: string; name: string }[],
  campaigns: readonly BudgetedCampaign[],
  worked: Pick<WorkBackwardsPlan, 'phases'>,
): InvestmentOutcome {
  return marketingInvestment({
    currency: plan.currency,
    campaigns,
    phases,
    worked,
    goal: plan.goalTarget,
    averageDealSize: plan.averageDealSize,
    revenueTarget: plan.revenueTarget,
    leadPhaseId: plan.leadPhaseId,
    opportunityPhaseId: plan.opportunityPhaseId,
    deadline: plan.goalDeadline,
  });
}
