import { describe, expect, it } from 'vitest';
import {
  emptySalesStage,
  formatDays,
  salesStageSchema,
  summariseSalesProcess,
} from '../../../shared/domain/sales-stage';

const row = (overrides: object) => ({
  ...emptySalesStage('Lead'),
  id: 's',
  engagementId: 'e',
  position: 1,
  createdAt: 0,
  updatedAt: 0,
  ...overrides,
});

describe('sales stage', () => {
  it('refuses a conversion above 100 % or below 0 % with a reason', () => {
    const above = salesStageSchema.safeParse(row({ conversionRate: 140 }));
    expect(above.success).toBe(false);
    expect(above.error?.issues[0]?.message).toContain('cannot be above 100 %');
    expect(salesStageSchema.safeParse(row({ conversionRate: -1 })).success).toBe(false);
    expect(salesStageSchema.safeParse(row({ conversionRate: Number.NaN })).success).toBe(false);
    expect(salesStageSchema.safeParse(row({ conversionRate: 100 })).success).toBe(true);
  });

  it('bounds a duration at ten years in its own unit', () => {
    expect(salesStageSchema.safeParse(row({ duration: 520, durationUnit: 'weeks' })).success).toBe(
      true,
    );
    const months = salesStageSchema.safeParse(row({ duration: 300, durationUnit: 'months' }));
    expect(months.error?.issues[0]?.message).toBe(
      'A stage can last at most 120 months (ten years).',
    );
    expect(salesStageSchema.safeParse(row({ duration: Infinity })).success).toBe(false);
  });
});

describe('sales process summary', () => {
  const stages = [
    { name: 'Lead', duration: 1, durationUnit: 'weeks' as const, conversionRate: 50 },
    { name: 'Proposal', duration: 3, durationUnit: 'weeks' as const, conversionRate: 20 },
    { name: 'Negotiation', duration: 10, durationUnit: 'days' as const, conversionRate: 60 },
  ];

  it('adds up the durations and multiplies the conversions', () => {
    const summary = summariseSalesProcess(stages);
    expect(summary.totalDays).toBe(38);
    expect(summary.stagesWithoutDuration).toBe(0);
    expect(summary.overallConversion).toBeCloseTo(6);
    expect(summary.weakest).toEqual({ name: 'Proposal', index: 1, conversionRate: 20 });
  });

  it('says how many stages have no duration and gives no overall rate while one is unknown', () => {
    const summary = summariseSalesProcess([
      ...stages,
      { name: 'Signed', duration: null, durationUnit: 'weeks', conversionRate: null },
    ]);
    expect(summary.stagesWithoutDuration).toBe(1);
    expect(summary.overallConversion).toBeNull();
    expect(summary.weakest?.name).toBe('Proposal');
  });

  it('is empty, not NaN, for an empty process', () => {
    expect(summariseSalesProcess([])).toEqual({
      stages: 0,
      totalDays: 0,
      stagesWithoutDuration: 0,
      overallConversion: null,
      weakest: null,
    });
  });

  it('reads a length the way a consultant says it', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(10)).toBe('10 days');
    expect(formatDays(38)).toBe('about 5.4 weeks');
    expect(formatDays(365)).toBe('about 12 months');
    expect(formatDays(Number.NaN)).toBe('0 days');
  });
});
