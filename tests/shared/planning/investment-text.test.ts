import { describe, expect, it } from 'vitest';
import {
  budgetText,
  campaignCountText,
  costText,
  investmentHeadline,
  monthsText,
  returnLines,
} from '../../../shared/planning/investment-text';
import type { InvestmentSummary } from '../../../shared/planning/marketing-investment';

const summary: InvestmentSummary = {
  ok: true,
  currency: 'EUR',
  total: 40_000,
  budgeted: 2,
  unbudgeted: ['Demo days'],
  cancelled: 1,
  byPhase: [],
  results: [],
  return: {
    revenue: 200_000,
    revenueFrom: 'deal-size',
    net: 160_000,
    romiPercent: 400,
    paybackMonths: 2.4,
    planMonths: 12,
    missing: [],
  },
};

describe('the investment in words', () => {
  it('says a cost, or why there is none', () => {
    expect(costText({ kind: 'amount', value: 12.5 }, 'EUR')).toBe('€12.50');
    expect(costText({ kind: 'no-budget' }, 'EUR')).toBe('No budget yet');
    expect(costText({ kind: 'no-volume' }, 'EUR')).toBe('Not worked out');
    expect([monthsText(1), monthsText(2.44), monthsText(11)]).toEqual([
      '1 month',
      '2.4 months',
      '11 months',
    ]);
  });

  it('lists budget, revenue, return and payback with how each was worked out', () => {
    expect(returnLines(summary, 'new customers', 100, 2_000)).toEqual([
      {
        label: 'Marketing budget',
        value: '€40,000',
        note: '2 campaigns with a budget; without one yet: Demo days; 1 cancelled campaign left out',
      },
      {
        label: 'Expected revenue',
        value: '€200,000',
        note: '100 new customers × €2,000 average deal',
      },
      {
        label: 'Return on marketing investment',
        value: '400 %',
        note: '€160,000 more than the budget, for every €1 spent €5 back',
      },
      {
        label: 'Payback period',
        value: '2.4 months',
        note: 'With the revenue spread evenly over the plan’s 12 months, from the first campaign’s start to the goal’s deadline',
      },
    ]);
  });

  it('gives the executive summary one line, none without a budget', () => {
    expect(investmentHeadline(summary)).toBe(
      'The campaigns cost €40,000 and are expected to bring €200,000: a return of 400 % on the marketing investment, paid back in 2.4 months.',
    );
    expect(investmentHeadline({ ...summary, total: 0 })).toBeNull();
    expect(
      investmentHeadline({
        ...summary,
        return: { ...summary.return, revenue: null, romiPercent: null },
      }),
    ).toBe('The campaigns cost €40,000; the expected revenue is not known yet.');
  });

  it('words the client version with a dash for a missing figure and nothing still to set', () => {
    expect(costText({ kind: 'no-budget' }, 'EUR', 'client')).toBe('—');
    expect(costText({ kind: 'amount', value: 12.5 }, 'EUR', 'client')).toBe('€12.50');
    expect([budgetText(0, 0, 'EUR'), budgetText(0, 0, 'EUR', 'client')]).toEqual([
      'No budget yet',
      '—',
    ]);
    expect(budgetText(2, 12_000, 'EUR', 'client')).toBe('€12,000');
    expect([campaignCountText(2, 1), campaignCountText(2, 1, 'client')]).toEqual([
      '3 (1 without a budget)',
      '3',
    ]);
    const unknown = {
      ...summary,
      total: 0,
      return: {
        ...summary.return,
        revenue: null,
        romiPercent: null,
        net: null,
        paybackMonths: null,
      },
    };
    expect(
      returnLines(unknown, 'new customers', 100, null, 'client').map((line) => [
        line.value,
        line.note,
      ]),
    ).toEqual([
      ['—', '2 campaigns with a budget; 1 cancelled campaign left out'],
      ['—', 'Enter the average deal size (with a goal) or the revenue target.'],
      ['—', 'Give the campaigns their budgets to see the return on them.'],
      ['—', 'Needs a budget and the expected revenue.'],
    ]);
    expect(
      investmentHeadline(
        { ...summary, return: { ...summary.return, revenue: null, romiPercent: null } },
        'client',
      ),
    ).toBe('The campaigns cost €40,000.');
  });
});
