import { scenarios, type Scenario } from '../domain/plan';
import { joinWords } from './plan-warnings';
import type { WorkBackwardsPlan } from './work-backwards';

/**
 * Marketing as an investment: what the campaigns cost (per phase and overall, in the engagement's
 * one currency), what each result costs in each scenario from the work-backwards volumes, and what
 * the plan returns. Pure arithmetic: nothing here is ever NaN or infinite; what cannot be worked
 * out is null, with the reason said in words.
 */

export interface BudgetedCampaign {
  name: string;
  phaseId: string;
  budget: number | null;
  /** '' when entered before the engagement had a currency: then it is in the engagement's. */
  budgetCurrency: string;
  status: 'planned' | 'running' | 'done' | 'cancelled';
  /** ISO date or '': the earliest start opens the period the revenue is spread over. */
  startDate: string;
}

export interface InvestmentInput {
  /** The engagement's currency; '' until chosen. */
  currency: string;
  campaigns: readonly BudgetedCampaign[];
  /** The journey's phases, in order. */
  phases: readonly { id: string; name: string }[];
  worked: Pick<WorkBackwardsPlan, 'phases'>;
  /** The final goal, e.g. 120 new customers; null when not set. */
  goal: number | null;
  averageDealSize: number | null;
  revenueTarget: number | null;
  /** Where leads and opportunities are counted; '' or absent: two and one phase before the goal. */
  leadPhaseId?: string;
  opportunityPhaseId?: string;
  /** The goal's deadline (ISO date, or ''), the end of the period revenue is spread over. */
  deadline: string;
}

export const resultRoles = ['lead', 'opportunity', 'customer'] as const;
export type ResultRole = (typeof resultRoles)[number];

export const resultRoleLabels: Record<ResultRole, { one: string; per: string }> = {
  lead: { one: 'Lead', per: 'Cost per lead' },
  opportunity: { one: 'Opportunity', per: 'Cost per opportunity' },
  customer: { one: 'New customer', per: 'Cost per new customer' },
};

/** A cost per result, or why there is none: no budget at all, or no volume for that scenario. */
export type CostPer =
  { kind: 'amount'; value: number } | { kind: 'no-budget' } | { kind: 'no-volume' };

export interface ResultCost {
  role: ResultRole;
  /** The phase whose volume counts this result; null when the journey has too few phases. */
  phaseId: string | null;
  phaseName: string;
  volumes: Record<Scenario, number | null>;
  costPer: Record<Scenario, CostPer>;
}

export interface PhaseBudget {
  /** '' for the campaigns tied to no phase. */
  phaseId: string;
  name: string;
  total: number;
  /** Campaigns of this phase with a budget, and without one. */
  budgeted: number;
  unbudgeted: number;
}

export interface MarketingReturn {
  /** Expected revenue, or null without a deal size or revenue target. */
  revenue: number | null;
  revenueFrom: 'deal-size' | 'revenue-target' | null;
  /** Revenue minus the budget. */
  net: number | null;
  /** Return on marketing investment: net ÷ budget, in percent; null without a budget. */
  romiPercent: number | null;
  /** Months until the revenue, spread evenly over the plan's months, covers the budget. */
  paybackMonths: number | null;
  /** From the first campaign's start to the goal's deadline; null when either is missing. */
  planMonths: number | null;
  /** Why a figure is missing, in words, in the order of the figures. */
  missing: string[];
}

export interface InvestmentSummary {
  ok: true;
  currency: string;
  /** The sum of every budget of a campaign that is not cancelled; 0 when there is none. */
  total: number;
  budgeted: number;
  /** Names of campaigns (not cancelled) without a budget yet. */
  unbudgeted: string[];
  /** Cancelled campaigns are left out of the budget; said so. */
  cancelled: number;
  byPhase: PhaseBudget[];
  results: ResultCost[];
  return: MarketingReturn;
}

export interface MixedCurrencies {
  ok: false;
  currencies: string[];
  message: string;
}

export type InvestmentOutcome = InvestmentSummary | MixedCurrencies;

/** A budget the arithmetic can add: a finite amount of zero or more. */
function usableBudget(budget: number | null): budget is number {
  return typeof budget === 'number' && Number.isFinite(budget) && budget >= 0;
}

function usableAmount(value: number | null): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function campaignLabel(name: string, index: number): string {
  return name.trim() || `Campaign ${index + 1}`;
}

/** Budgets in more than one currency cannot be added up: refused, naming the currencies. */
function mixedCurrencies(input: InvestmentInput): MixedCurrencies | null {
  const counted = input.campaigns.filter(
    (campaign) => campaign.status !== 'cancelled' && usableBudget(campaign.budget),
  );
  const named = counted.map((campaign) => campaign.budgetCurrency || input.currency);
  const currencies = [...new Set(named.filter((code) => code !== ''))].sort();
  const engagement = input.currency;
  const foreign = engagement === '' ? [] : currencies.filter((code) => code !== engagement);
  if (currencies.length <= 1 && foreign.length === 0) return null;
  const all = [...new Set([engagement, ...currencies].filter((code) => code !== ''))].sort();
  const odd = input.campaigns
    .map((campaign, index) => ({ campaign, index }))
    .filter(
      ({ campaign }) =>
        campaign.status !== 'cancelled' &&
        usableBudget(campaign.budget) &&
        campaign.budgetCurrency !== '' &&
        campaign.budgetCurrency !== (engagement || currencies[0]),
    )
    .map(
      ({ campaign, index }) =>
        `${campaignLabel(campaign.name, index)} (${campaign.budgetCurrency})`,
    );
  return {
    ok: false,
    currencies: all,
    message: `Budgets are in ${joinWords(all)}: they cannot be added up. ${
      engagement ? `This engagement's budgets are in ${engagement}; ` : ''
    }enter ${odd.length === 1 ? 'the budget of' : 'the budgets of'} ${joinWords(odd)} again in ${
      engagement || currencies[0]
    }.`,
  };
}

function phaseBudgets(input: InvestmentInput, counted: readonly BudgetedCampaign[]): PhaseBudget[] {
  const known = new Set(input.phases.map((phase) => phase.id));
  const rows = [
    ...input.phases.map((phase, index) => ({
      phaseId: phase.id,
      name: phase.name.trim() || `Phase ${index + 1}`,
    })),
    { phaseId: '', name: 'No phase' },
  ].map(({ phaseId, name }) => {
    const mine = counted.filter((campaign) =>
      phaseId === '' ? !known.has(campaign.phaseId) : campaign.phaseId === phaseId,
    );
    const withBudget = mine.filter((campaign) => usableBudget(campaign.budget));
    return {
      phaseId,
      name,
      total: withBudget.reduce((sum, campaign) => sum + (campaign.budget as number), 0),
      budgeted: withBudget.length,
      unbudgeted: mine.length - withBudget.length,
    };
  });
  // Phases without campaigns are left out; so is "No phase" when every campaign has one.
  return rows.filter((row) => row.budgeted + row.unbudgeted > 0);
}

/** Which worked phase counts leads, opportunities and new customers. */
function rolePhases(input: InvestmentInput): Record<ResultRole, number> {
  const planned = input.worked.phases;
  const goalIndex = planned.length - 1;
  const chosen = (id: string | undefined, fallback: number) => {
    if (id) {
      const index = planned.findIndex((phase) => phase.phaseId === id);
      if (index >= 0) return index;
    }
    return fallback;
  };
  return {
    lead: chosen(input.leadPhaseId, goalIndex - 2),
    opportunity: chosen(input.opportunityPhaseId, goalIndex - 1),
    customer: goalIndex,
  };
}

function resultCosts(input: InvestmentInput, total: number, budgeted: number): ResultCost[] {
  const indices = rolePhases(input);
  return resultRoles.map((role) => {
    const phase = input.worked.phases[indices[role]];
    const volumes = {
      cautious: phase?.volumes.cautious ?? null,
      expected: phase?.volumes.expected ?? null,
      ambitious: phase?.volumes.ambitious ?? null,
    };
    const costPer = Object.fromEntries(
      scenarios.map((scenario): [Scenario, CostPer] => {
        const volume = volumes[scenario];
        if (budgeted === 0 || total <= 0) return [scenario, { kind: 'no-budget' }];
        if (!usableAmount(volume)) return [scenario, { kind: 'no-volume' }];
        return [scenario, { kind: 'amount', value: total / volume }];
      }),
    ) as Record<Scenario, CostPer>;
    return {
      role,
      phaseId: phase?.phaseId ?? null,
      phaseName: phase?.name ?? '',
      volumes,
      costPer,
    };
  });
}

const dayMs = 86_400_000;

function dateValue(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(time) ? time : null;
}

/** Whole months (of 30.44 days, at least one) from the first campaign's start to the deadline. */
function planMonths(starts: readonly string[], deadline: string): number | null {
  const end = dateValue(deadline);
  const first = starts
    .map(dateValue)
    .filter((time): time is number => time !== null)
    .sort((a, b) => a - b)[0];
  if (end === null || first === undefined || end <= first) return null;
  return Math.max(1, Math.round((end - first) / dayMs / 30.44));
}

function marketingReturn(
  input: InvestmentInput,
  total: number,
  counted: readonly BudgetedCampaign[],
  starts: readonly string[],
): MarketingReturn {
  const missing: string[] = [];
  let revenue: number | null = null;
  let revenueFrom: MarketingReturn['revenueFrom'] = null;
  if (usableAmount(input.averageDealSize) && usableAmount(input.goal)) {
    revenue = input.goal * input.averageDealSize;
    revenueFrom = 'deal-size';
  } else if (usableAmount(input.revenueTarget)) {
    revenue = input.revenueTarget;
    revenueFrom = 'revenue-target';
  } else {
    missing.push(
      'Enter the average deal size (with a goal) or the revenue target to see the expected revenue.',
    );
  }
  if (revenue !== null && !Number.isFinite(revenue)) revenue = null;
  const hasBudget = total > 0 && counted.some((campaign) => usableBudget(campaign.budget));
  if (!hasBudget) missing.push('Give the campaigns their budgets to see the return on them.');
  const net = revenue !== null && hasBudget ? revenue - total : null;
  const romiPercent = net !== null ? (net / total) * 100 : null;
  const months = planMonths(starts, input.deadline);
  if (months === null)
    missing.push(
      'Set the goal’s deadline and the campaigns’ start dates to see the payback period.',
    );
  const paybackMonths =
    revenue !== null && revenue > 0 && hasBudget && months !== null
      ? (total * months) / revenue
      : null;
  return {
    revenue,
    revenueFrom,
    net,
    romiPercent: romiPercent !== null && Number.isFinite(romiPercent) ? romiPercent : null,
    paybackMonths: paybackMonths !== null && Number.isFinite(paybackMonths) ? paybackMonths : null,
    planMonths: months,
    missing,
  };
}

/**
 * The plan as an investment: the budget per phase and overall, the cost of each result in each
 * scenario (all budgets ÷ the volume the work-backwards plan needs there), and the expected
 * revenue, return on marketing investment and payback period. Budgets in two currencies are
 * refused with a message instead of being added up.
 */
export function marketingInvestment(input: InvestmentInput): InvestmentOutcome {
  const mixed = mixedCurrencies(input);
  if (mixed) return mixed;
  const counted = input.campaigns.filter((campaign) => campaign.status !== 'cancelled');
  const withBudget = counted.filter((campaign) => usableBudget(campaign.budget));
  const total = withBudget.reduce((sum, campaign) => sum + (campaign.budget as number), 0);
  const currency =
    input.currency || withBudget.find((campaign) => campaign.budgetCurrency)?.budgetCurrency || '';
  return {
    ok: true,
    currency,
    total,
    budgeted: withBudget.length,
    unbudgeted: input.campaigns
      .map((campaign, index) => ({ campaign, index }))
      .filter(({ campaign }) => campaign.status !== 'cancelled' && !usableBudget(campaign.budget))
      .map(({ campaign, index }) => campaignLabel(campaign.name, index)),
    cancelled: input.campaigns.length - counted.length,
    byPhase: phaseBudgets(input, counted),
    results: resultCosts(input, total, withBudget.length),
    return: marketingReturn(
      input,
      total,
      withBudget,
      counted.map((campaign) => campaign.startDate),
    ),
  };
}
