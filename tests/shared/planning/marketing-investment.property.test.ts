import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxCampaignBudget, maxCampaigns } from '../../../shared/domain/campaign';
import { maxGoal, maxMoney, scenarios } from '../../../shared/domain/plan';
import {
  marketingInvestment,
  type BudgetedCampaign,
  type InvestmentInput,
  type InvestmentSummary,
} from '../../../shared/planning/marketing-investment';
import { workBackwards, type PlannerPhase } from '../../../shared/planning/work-backwards';

const phaseIds = ['awareness', 'consideration', 'conversion', 'onboarding'];

const rate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0.01, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
);

const phasesArb = fc.tuple(
  ...phaseIds.map((id) =>
    fc.record({
      id: fc.constant(id),
      name: fc.constantFrom(id, ''),
      baseline: fc.constant(null),
      rates: fc.record({ cautious: rate, expected: rate, ambitious: rate }),
    }),
  ),
) as fc.Arbitrary<PlannerPhase[]>;

const budget = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: 0, max: maxCampaignBudget, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.constant(null) },
);

const campaignArb = (currency: fc.Arbitrary<string>): fc.Arbitrary<BudgetedCampaign> =>
  fc.record({
    name: fc.string({ maxLength: 12 }),
    phaseId: fc.constantFrom(...phaseIds, '', 'removed-phase'),
    budget,
    budgetCurrency: currency,
    status: fc.constantFrom('planned', 'running', 'done', 'cancelled'),
    startDate: fc.constantFrom('', '2027-01-01', '2027-03-15', '2027-06-30'),
  });

const money = fc.oneof(fc.constant(null), fc.double({ min: 1, max: maxMoney, noNaN: true }));

function inputArb(currency: fc.Arbitrary<string>): fc.Arbitrary<InvestmentInput> {
  return fc
    .record({
      phases: phasesArb,
      goal: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: maxGoal })),
      buffer: fc.double({ min: 0, max: 100, noNaN: true }),
      campaigns: fc.array(campaignArb(currency), { maxLength: maxCampaigns }),
      averageDealSize: money,
      revenueTarget: money,
      deadline: fc.constantFrom('', '2027-12-31', '2026-01-01'),
      leadPhaseId: fc.constantFrom(undefined, '', ...phaseIds),
    })
    .map(({ phases, goal, buffer, ...rest }) => ({
      ...rest,
      currency: 'EUR',
      phases: phases.map(({ id, name }) => ({ id, name })),
      worked: workBackwards({ phases, goal, bufferPercent: buffer, goalPhaseId: 'conversion' }),
      goal,
    }));
}

/** Every number the summary holds, wherever it is. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

function summaryOf(input: InvestmentInput): InvestmentSummary {
  const outcome = marketingInvestment(input);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const oneCurrency = fc.constantFrom('EUR', '');

describe('marketing as an investment, for any plan and any budgets', () => {
  it('never holds NaN or an infinite number: what cannot be worked out is null or said', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        for (const number of numbersIn(summaryOf(input)))
          expect(Number.isFinite(number)).toBe(true);
      }),
    );
  });

  it('adds every budget of a campaign that runs, once: per phase and overall agree', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        const summary = summaryOf(input);
        const counted = input.campaigns.filter((c) => c.status !== 'cancelled');
        const expected = counted.reduce((sum, c) => sum + (c.budget ?? 0), 0);
        expect(summary.total).toBeCloseTo(expected, 2);
        const byPhase = summary.byPhase.reduce((sum, phase) => sum + phase.total, 0);
        expect(byPhase).toBeCloseTo(summary.total, 2);
        expect(summary.budgeted + summary.unbudgeted.length).toBe(counted.length);
        expect(summary.cancelled).toBe(input.campaigns.length - counted.length);
      }),
    );
  });

  it('says "no budget" rather than a cost when nothing is budgeted, and never divides by zero', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        const unbudgeted = {
          ...input,
          campaigns: input.campaigns.map((c) => ({ ...c, budget: c.budget === null ? null : 0 })),
        };
        const summary = summaryOf(unbudgeted);
        expect(summary.total).toBe(0);
        for (const result of summary.results)
          for (const scenario of scenarios)
            expect(result.costPer[scenario]).toEqual({ kind: 'no-budget' });
        expect(summary.return.romiPercent).toBeNull();
        expect(summary.return.paybackMonths).toBeNull();
      }),
    );
  });

  it('costs more per result further down the funnel: a lead at most an opportunity, at most a customer', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        const summary = summaryOf({ ...input, leadPhaseId: undefined });
        const [lead, opportunity, customer] = summary.results;
        for (const scenario of scenarios) {
          const costs = [lead, opportunity, customer].map((result) => {
            const cost = result?.costPer[scenario];
            return cost?.kind === 'amount' ? cost.value : null;
          });
          for (let index = 1; index < costs.length; index += 1) {
            const before = costs[index - 1];
            const after = costs[index];
            if (before != null && after != null)
              expect(before).toBeLessThanOrEqual(after * (1 + 1e-9));
          }
        }
      }),
    );
  });

  it('doubles every cost per result when every budget doubles, and keeps the volumes', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        const once = summaryOf(input);
        const twice = summaryOf({
          ...input,
          campaigns: input.campaigns.map((c) => ({
            ...c,
            budget: c.budget === null ? null : c.budget * 2,
          })),
        });
        once.results.forEach((result, index) => {
          const doubled = twice.results[index];
          expect(doubled?.volumes).toEqual(result.volumes);
          for (const scenario of scenarios) {
            const a = result.costPer[scenario];
            const b = doubled?.costPer[scenario];
            if (a.kind === 'amount' && b?.kind === 'amount')
              expect(b.value).toBeCloseTo(a.value * 2, 6);
            else expect(b?.kind).toBe(a.kind);
          }
        });
      }),
    );
  });

  it('pays back within the plan exactly when the revenue exceeds the budget', () => {
    fc.assert(
      fc.property(inputArb(oneCurrency), (input) => {
        const { return: back, total } = summaryOf(input);
        if (back.paybackMonths === null || back.planMonths === null || back.revenue === null)
          return;
        expect(back.paybackMonths <= back.planMonths).toBe(back.revenue >= total);
        expect(back.romiPercent! >= 0).toBe(back.revenue >= total);
      }),
    );
  });

  it('refuses budgets in two currencies with a message naming both, instead of adding them up', () => {
    fc.assert(
      fc.property(
        inputArb(fc.constantFrom('EUR', '')),
        fc.constantFrom('USD', 'GBP', 'CHF'),
        fc.string({ maxLength: 12 }),
        fc.double({ min: 0, max: maxCampaignBudget, noNaN: true }),
        (input, other, name, amount) => {
          const outcome = marketingInvestment({
            ...input,
            campaigns: [
              ...input.campaigns,
              {
                name,
                phaseId: 'awareness',
                budget: amount,
                budgetCurrency: other,
                status: 'planned',
                startDate: '',
              },
            ],
          });
          expect(outcome.ok).toBe(false);
          if (outcome.ok) return;
          expect(outcome.currencies).toContain('EUR');
          expect(outcome.currencies).toContain(other);
          expect(outcome.message).toMatch(/cannot be added up/);
          expect(outcome.message).toContain(`(${other})`);
        },
      ),
    );
  });
});
