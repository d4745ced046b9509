import { z } from 'zod';
import { scenarios, type Scenario } from '../domain/plan';
import type { DocumentVersion } from '../domain/document-choices';
import {
  budgetText,
  campaignCountText,
  costText,
  investmentHeadline,
  returnLines,
} from '../planning/investment-text';
import { resultRoleLabels } from '../planning/marketing-investment';
import { formatWhole } from '../planning/number-format';
import { planInvestment } from '../planning/plan-investment';
import { toPlannerInput } from '../planning/planner-input';
import { workBackwards } from '../planning/work-backwards';
import { boundedList } from './document-limits';
import type { MarketingPlanRecords } from './to-marketing-plan-snapshot';

const line = z.string().max(2_000);

/** The investment's figures as one version of the plan words them. */
const investmentWordingSchema = z.object({
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
export type InvestmentWording = z.infer<typeof investmentWordingSchema>;

/**
 * Marketing as an investment, worded for the marketing plan exactly as the planner words it:
 * the budget per phase and in total, the cost of each result per scenario, and the return. The
 * fields hold the working version's words; `client` the same figures as the client reads them
 * (a dash for a missing figure, nothing still to set), so the plan picks by version.
 */
export const investmentLinesSchema = investmentWordingSchema.extend({
  /** Why there are no figures (budgets in two currencies); '' when there are. */
  refused: line,
  client: investmentWordingSchema,
});
export type InvestmentLines = z.infer<typeof investmentLinesSchema>;

const noWords: InvestmentWording = { headline: null, budgets: [], costs: [], returns: [] };

type Outcome = Extract<ReturnType<typeof planInvestment>, { ok: true }>;

/** The investment's figures in one version's words. */
function investmentWording(
  outcome: Outcome,
  records: MarketingPlanRecords,
  reader: DocumentVersion,
): InvestmentWording {
  const { plan } = records;
  const cost = (result: Outcome['results'][number], scenario: Scenario) => {
    const volume = result.volumes[scenario];
    const text = costText(result.costPer[scenario], outcome.currency, reader);
    return volume === null ? text : `${text} · ${formatWhole(volume)} needed`;
  };
  return {
    headline: investmentHeadline(outcome, reader),
    budgets: [
      ...outcome.byPhase.map((phase) => ({
        phase: phase.name,
        campaigns: campaignCountText(phase.budgeted, phase.unbudgeted, reader),
        budget: budgetText(phase.budgeted, phase.total, outcome.currency, reader),
      })),
      {
        phase: 'Total',
        campaigns: String(outcome.budgeted + outcome.unbudgeted.length),
        budget: budgetText(outcome.budgeted, outcome.total, outcome.currency, reader),
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
    returns: returnLines(outcome, plan.goalMetric, plan.goalTarget, plan.averageDealSize, reader),
  };
}

/** The investment's lines from the engagement's stored plan, phases and campaigns. */
export function toInvestmentLines(records: MarketingPlanRecords): InvestmentLines {
  const { plan, journeyPhases: phases, campaigns } = records;
  const worked = workBackwards(toPlannerInput(phases, plan));
  const outcome = planInvestment(plan, phases, campaigns, worked);
  if (!outcome.ok) return { ...noWords, refused: outcome.message, client: noWords };
  return {
    ...investmentWording(outcome, records, 'working'),
    refused: '',
    client: investmentWording(outcome, records, 'client'),
  };
}
