import { describe, expect, it } from 'vitest';
import {
  layoutInvestmentReturn,
  linearTicks,
} from '../../../shared/charts/investment-return-layout';
import { summariseInvestmentReturn } from '../../../shared/charts/investment-return-summary';

describe('the investment chart', () => {
  it('puts round ticks on the money axis from zero past the largest bar', () => {
    expect(linearTicks(200_000)).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
    expect(linearTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(linearTicks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(Number.NaN)).toEqual(linearTicks(0));
  });

  it('draws one bar per row in its kind’s colour and leaves zero blank', () => {
    const layout = layoutInvestmentReturn({
      currency: 'EUR',
      bars: [
        { label: 'Awareness', value: 30_000, kind: 'phase-budget' },
        { label: 'Total budget', value: 0, kind: 'total-budget' },
        { label: 'Expected revenue', value: 200_000, kind: 'revenue' },
      ],
    });
    expect(layout.rows.map((row) => row.amount)).toEqual([30_000, null, 200_000]);
    expect(new Set(layout.rows.map((row) => row.colour)).size).toBe(3);
    expect(layout.legend.map((entry) => entry.name)).toEqual([
      'Budget per phase',
      'Total budget',
      'Expected revenue',
    ]);
    expect(layout.tickLabel(50_000)).toBe('€50k');
  });

  it('says every amount in words, and what is missing', () => {
    expect(
      summariseInvestmentReturn({
        currency: 'EUR',
        bars: [
          { label: 'Awareness', value: 30_000, kind: 'phase-budget' },
          { label: 'Total budget', value: 30_000, kind: 'total-budget' },
        ],
      }),
    ).toBe(
      'Budget €30,000 in total: Awareness €30,000. No expected revenue yet: enter the average deal size or the revenue target.',
    );
    expect(summariseInvestmentReturn({ currency: 'EUR', bars: [] })).toBe(
      'No campaign has a budget yet, and there is no expected revenue to set against it.',
    );
  });
});
