import { describe, expect, it } from 'vitest';
import {
  marketingInvestment,
  type BudgetedCampaign,
  type InvestmentInput,
} from '../../../shared/planning/marketing-investment';
import { workBackwards } from '../../../shared/planning/work-backwards';

const phases = [
  {
    id: 'awareness',
    name: 'Awareness',
    baseline: null,
    rates: { cautious: 5, expected: 10, ambitious: 20 },
  },
  {
    id: 'consideration',
    name: 'Consideration',
    baseline: null,
    rates: { cautious: 20, expected: 25, ambitious: 40 },
  },
  {
    id: 'conversion',
    name: 'Conversion',
    baseline: null,
    rates: { cautious: null, expected: null, ambitious: null },
  },
];

const campaign = (overrides: Partial<BudgetedCampaign>): BudgetedCampaign => ({
  name: 'Webinars',
  phaseId: 'awareness',
  budget: 30_000,
  budgetCurrency: 'EUR',
  status: 'planned',
  startDate: '2027-01-01',
  ...overrides,
});

function board(overrides: Partial<InvestmentInput> = {}): InvestmentInput {
  return {
    currency: 'EUR',
    phases: phases.map(({ id, name }) => ({ id, name })),
    // 100 new customers, no buffer: 400 considering, 4,000 aware in the expected scenario.
    worked: workBackwards({ phases, goal: 100, bufferPercent: 0 }),
    goal: 100,
    averageDealSize: 2_000,
    revenueTarget: null,
    deadline: '2027-12-31',
    campaigns: [
      campaign({}),
      campaign({
        name: 'Case studies',
        phaseId: 'consideration',
        budget: 10_000,
        startDate: '2027-03-01',
      }),
      campaign({ name: 'Demo days', phaseId: 'conversion', budget: null, startDate: '' }),
      campaign({ name: 'Trade fair', phaseId: 'awareness', budget: 50_000, status: 'cancelled' }),
    ],
    ...overrides,
  };
}

describe('the campaign plan as an investment', () => {
  it('totals the budgets per phase and overall, leaving cancelled campaigns out', () => {
    const outcome = marketingInvestment(board());
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.total).toBe(40_000);
    expect(outcome.byPhase).toEqual([
      { phaseId: 'awareness', name: 'Awareness', total: 30_000, budgeted: 1, unbudgeted: 0 },
      {
        phaseId: 'consideration',
        name: 'Consideration',
        total: 10_000,
        budgeted: 1,
        unbudgeted: 0,
      },
      { phaseId: 'conversion', name: 'Conversion', total: 0, budgeted: 0, unbudgeted: 1 },
    ]);
    expect(outcome.unbudgeted).toEqual(['Demo days']);
    expect(outcome.cancelled).toBe(1);
  });

  it('costs each lead, opportunity and new customer per scenario from the plan’s volumes', () => {
    const outcome = marketingInvestment(board());
    if (!outcome.ok) throw new Error(outcome.message);
    const [lead, opportunity, customer] = outcome.results;
    expect(lead).toMatchObject({
      role: 'lead',
      phaseName: 'Awareness',
      volumes: { cautious: 10_000, expected: 4_000, ambitious: 1_250 },
      costPer: {
        cautious: { kind: 'amount', value: 4 },
        expected: { kind: 'amount', value: 10 },
        ambitious: { kind: 'amount', value: 32 },
      },
    });
    expect(opportunity?.costPer.expected).toEqual({ kind: 'amount', value: 100 });
    expect(customer?.costPer.expected).toEqual({ kind: 'amount', value: 400 });
  });

  it('shows the expected revenue, the return on the investment and the payback period', () => {
    const outcome = marketingInvestment(board());
    if (!outcome.ok) throw new Error(outcome.message);
    // 100 customers × €2,000 = €200,000 over the 12 months from 1 January to 31 December.
    expect(outcome.return).toEqual({
      revenue: 200_000,
      revenueFrom: 'deal-size',
      net: 160_000,
      romiPercent: 400,
      paybackMonths: 2.4,
      planMonths: 12,
      missing: [],
    });
  });

  it('takes the revenue target when there is no deal size, and says what is missing', () => {
    const outcome = marketingInvestment(
      board({ averageDealSize: null, revenueTarget: 120_000, deadline: '' }),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.return).toMatchObject({
      revenue: 120_000,
      revenueFrom: 'revenue-target',
      romiPercent: 200,
      paybackMonths: null,
      missing: [
        'Set the goal’s deadline and the campaigns’ start dates to see the payback period.',
      ],
    });
  });

  it('shows zero and missing budgets as such, never as an infinite cost', () => {
    const outcome = marketingInvestment(
      board({ campaigns: [campaign({ budget: 0 }), campaign({ budget: null })] }),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.total).toBe(0);
    expect(outcome.results[0]?.costPer.expected).toEqual({ kind: 'no-budget' });
    expect(outcome.return).toMatchObject({ romiPercent: null, paybackMonths: null, net: null });
    expect(outcome.return.missing).toContain(
      'Give the campaigns their budgets to see the return on them.',
    );
  });

  it('refuses budgets in two currencies, naming the campaign to enter again', () => {
    const outcome = marketingInvestment(
      board({ campaigns: [campaign({}), campaign({ name: 'US launch', budgetCurrency: 'USD' })] }),
    );
    expect(outcome).toEqual({
      ok: false,
      currencies: ['EUR', 'USD'],
      message:
        "Budgets are in EUR and USD: they cannot be added up. This engagement's budgets are in EUR; enter the budget of US launch (USD) again in EUR.",
    });
  });

  it('counts leads and opportunities where the consultant says, within the plan', () => {
    const outcome = marketingInvestment(
      board({ leadPhaseId: 'consideration', opportunityPhaseId: 'consideration' }),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.results.map((result) => result.phaseName)).toEqual([
      'Consideration',
      'Consideration',
      'Conversion',
    ]);
  });
});
