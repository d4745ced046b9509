import { z } from 'zod';
import { scenarios, type Scenario } from '../domain/plan';
import { costText, investmentHeadline, returnLines } from '../planning/investment-text';
import { resultRoleLabels } from '../planning/marketing-investment';
import { formatMoney } from '../planning/money-format';
import { formatWhole } from '../planning/number-format';
import { planInvestment } from '../planning/plan-investment';
import { toPlannerInput } from '../planning/planner-input';
import { workBackwards } from '../planning/work-backwards';
import { boundedList } from './document-limits';
import type { MarketingPlanRecords } from './to-marketing-plan-snapshot';

const line = z.string().max(2_000);

/**
 * Marketing as an investment, worded for the marketing plan exactly as the planner words it:
 * the budget per phase and in total, the cost of each result per scenario, and the return.
 */
export const investmentLinesSchema = z.object({
  /** Why there are no figures (budgets in two currencies); '' when there are. */
  refused: line,
  /** The executive summary's one sentence; null while there is no budget. */
  headline: line.nullable(),
  /** One row per phase with campaigns, then the total. */
  budgets: boundedList(z.object({ phase: line, campaigns: line, budget: line }), 64, 'phases'),
  costs: boundedList(
    z.object({
      result: line,
      countedAt: line,
      cautious: line,
      expected: line,
      ambitious: line,
    }),
    3,
    'results',
  ),
  returns: boundedList(z.object({ label: line, value: line, note: line }), 8, 'figures'),
});
export type InvestmentLines = z.infer<typeof investmentLinesSchema>;

const none: InvestmentLines = { refused: '', headline: null, budgets: [], costs: [], returns: [] };

/** The investment's lines from the engagement's stored plan, phases and campaigns. */
export function toInvestmentLines(records: MarketingPlanRecords): InvestmentLines {
  const { plan, journeyPhases: phases, campaigns } = records;
  const worked = workBackwards(toPlannerInput(phases, plan));
  const outcome = planInvestment(plan, phases, campaigns, worked);
  if (!outcome.ok) return { ...none, refused: outcome.message };
  const money = (value: number) => formatMoney(value, outcome.currency);
  const cost = (result: (typeof outcome.results)[number], scenario: Scenario) => {
    const volume = result.volumes[scenario];
    const text = costText(result.costPer[scenario], outcome.currency);
    return volume === null ? text : `${text} · ${formatWhole(volume)} needed`;
  };
  return {
    refused: '',
    headline: investmentHeadline(outcome),
    budgets: [
      ...outcome.byPhase.map((phase) => ({
        phase: phase.name,
        campaigns: `${phase.budgeted + phase.unbudgeted}${phase.unbudgeted > 0 ? ` (${phase.unbudgeted} without a budget)` : ''}`,
        budget: phase.budgeted === 0 ? 'No budget yet' : money(phase.total),
      })),
      {
        phase: 'Total',
        campaigns: String(outcome.budgeted + outcome.unbudgeted.length),
        budget: outcome.budgeted === 0 ? 'No budget yet' : money(outcome.total),
      },
    ],
    costs: outcome.results.map((result) => ({
      result: resultRoleLabels[result.role].per,
      countedAt:
        result.role === 'customer'
          ? result.phaseName
            ? `${result.phaseName} (the goal)`
            : 'The goal’s phase'
          : result.phaseName || 'Not enough phases',
      ...(Object.fromEntries(
        scenarios.map((scenario) => [scenario, cost(result, scenario)]),
      ) as Record<Scenario, string>),
    })),
    returns: returnLines(outcome, plan.goalMetric, plan.goalTarget, plan.averageDealSize),
  };
}
