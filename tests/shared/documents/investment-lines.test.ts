import { describe, expect, it } from 'vitest';
import { toInvestmentLines } from '../../../shared/documents/investment-lines';
import { marketingPlanSnapshotSchema } from '../../../shared/documents/marketing-plan-snapshot';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from './fixtures/engagement-records';

describe('marketing as an investment, worded for the marketing plan', () => {
  it('gives the budget per phase and in total, a phase without a budget saying so', () => {
    const lines = toInvestmentLines(acmeRecords());
    expect(lines.refused).toBe('');
    expect(lines.budgets).toEqual([
      { phase: 'Awareness', campaigns: '1', budget: '€12,000' },
      { phase: 'Conversion', campaigns: '1 (1 without a budget)', budget: 'No budget yet' },
      { phase: 'Total', campaigns: '2', budget: '€12,000' },
    ]);
    // The client reads the same figures with a dash where one is missing, no to-dos.
    expect(lines.client.budgets).toEqual([
      { phase: 'Awareness', campaigns: '1', budget: '€12,000' },
      { phase: 'Conversion', campaigns: '1', budget: '—' },
      { phase: 'Total', campaigns: '2', budget: '€12,000' },
    ]);
    expect(lines.client.headline).toBe('The campaigns cost €12,000.');
    expect(lines.client.returns.slice(0, 2)).toEqual([
      { label: 'Marketing budget', value: '€12,000', note: '1 campaign with a budget' },
      {
        label: 'Expected revenue',
        value: '—',
        note: 'Enter the average deal size (with a goal) or the revenue target.',
      },
    ]);
    expect(lines.client.costs).toEqual(lines.costs);
  });

  it('gives the cost of each result per scenario, with the volume behind it, as the planner does', () => {
    expect(toInvestmentLines(acmeRecords()).costs).toEqual([
      {
        result: 'Cost per lead',
        countedAt: 'Awareness',
        cautious: '€0.91 · 13,200 needed',
        expected: '€2.27 · 5,280 needed',
        ambitious: '€7.27 · 1,650 needed',
      },
      {
        result: 'Cost per opportunity',
        countedAt: 'Consideration',
        cautious: '€18.18 · 660 needed',
        expected: '€22.73 · 528 needed',
        ambitious: '€36.36 · 330 needed',
      },
      {
        result: 'Cost per new customer',
        countedAt: 'Conversion (the goal)',
        cautious: '€90.91 · 132 needed',
        expected: '€90.91 · 132 needed',
        ambitious: '€90.91 · 132 needed',
      },
    ]);
  });

  it('says the return is not known without a deal size, and works it out with one', () => {
    const records = acmeRecords();
    const without = toInvestmentLines(records);
    expect(without.headline).toBe(
      'The campaigns cost €12,000; the expected revenue is not known yet.',
    );
    expect(without.returns.map((line) => [line.label, line.value])).toEqual([
      ['Marketing budget', '€12,000'],
      ['Expected revenue', 'Not known yet'],
      ['Return on marketing investment', '—'],
      ['Payback period', '—'],
    ]);
    const withDeal = toInvestmentLines({
      ...records,
      plan: { ...records.plan, averageDealSize: 2000 },
    });
    expect(withDeal.headline).toBe(
      'The campaigns cost €12,000 and are expected to bring €240,000: a return of 1900 % on the marketing investment, paid back in 0.6 months.',
    );
    expect(withDeal.returns[1]).toEqual({
      label: 'Expected revenue',
      value: '€240,000',
      note: '120 new customers × €2,000 average deal',
    });
  });

  it('has no headline and no cost while no campaign has a budget, never an infinite cost', () => {
    const records = acmeRecords();
    const lines = toInvestmentLines({
      ...records,
      campaigns: records.campaigns.map((campaign) => ({ ...campaign, budget: null })),
    });
    expect(lines.headline).toBeNull();
    expect(lines.costs.every((row) => row.expected.startsWith('No budget yet'))).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/NaN|Infinity|∞/);
  });

  it('refuses budgets in two currencies with the message the planner gives, and no figures', () => {
    const records = acmeRecords();
    const [first, second] = records.campaigns;
    const lines = toInvestmentLines({
      ...records,
      campaigns: [first!, { ...second!, budget: 5000, budgetCurrency: 'USD' }],
    });
    expect(lines.refused).toMatch(/EUR.*USD|USD.*EUR/);
    expect(lines).toMatchObject({ headline: null, budgets: [], costs: [], returns: [] });
  });

  it('travels in the marketing plan’s snapshot and passes main’s check', () => {
    const snapshot = toMarketingPlanSnapshot(acmeRecords(), {
      preparedOn: '2026-12-01',
      charts: [],
    });
    expect(snapshot.investment?.budgets.at(-1)).toEqual({
      phase: 'Total',
      campaigns: '2',
      budget: '€12,000',
    });
    expect(marketingPlanSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});
