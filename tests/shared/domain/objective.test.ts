import { describe, expect, it } from 'vitest';
import {
  describeObjective,
  emptyObjective,
  formatObjectiveValue,
  objectiveSchema,
} from '../../../shared/domain/objective';

const row = (overrides: object) => ({
  ...emptyObjective('grow sales'),
  id: 'o',
  engagementId: 'e',
  position: 1,
  statedInSessionId: 's',
  createdAt: 0,
  updatedAt: 0,
  ...overrides,
});

const message = (overrides: object) =>
  objectiveSchema.safeParse(row(overrides)).error?.issues[0]?.message;

describe('objective', () => {
  it('refuses a negative baseline or target unless the metric can go below zero', () => {
    expect(message({ baseline: -5 })).toContain('The baseline cannot be negative');
    expect(message({ target: -1 })).toContain('The target cannot be negative');
    expect(objectiveSchema.safeParse(row({ baseline: -5, allowNegative: true })).success).toBe(
      true,
    );
  });

  it('refuses NaN, Infinity and absurdly large values', () => {
    expect(message({ target: Number.NaN })).toBe('The target must be a number.');
    expect(message({ target: Infinity })).toBe('The target must be a number.');
    expect(message({ baseline: 1e13 })).toBe('The baseline is too large to be real.');
  });

  it('keeps deadlines within the years 2000 to 2100', () => {
    expect(message({ deadline: '0027-01-01' })).toBe(
      'A deadline must fall between the years 2000 and 2100.',
    );
    expect(message({ deadline: '2027-13-01' })).toBe('That is not a real date.');
    expect(objectiveSchema.safeParse(row({ deadline: '' })).success).toBe(true);
  });

  it('shows values with thousands separators and the unit, never NaN', () => {
    expect(formatObjectiveValue(1_250_000, 'EUR')).toBe('1,250,000 EUR');
    expect(formatObjectiveValue(12.5, '%')).toBe('12.5 %');
    expect(formatObjectiveValue(Number.NaN, 'EUR')).toBe('—');
    expect(formatObjectiveValue(null)).toBe('—');
  });
});

describe('describing an objective', () => {
  it('names it by its refined form once it has a metric, else in the client’s words', () => {
    expect(describeObjective(emptyObjective('grow sales'))).toBe('grow sales');
    expect(describeObjective(emptyObjective('  '))).toBe('Untitled objective');
    expect(
      describeObjective({
        ...emptyObjective('grow sales'),
        metric: 'Revenue from retail chains',
        target: 2_900_000,
        unit: 'EUR',
        deadline: '2027-12-31',
      }),
    ).toBe('Revenue from retail chains to 2,900,000 EUR by 2027-12-31');
    expect(describeObjective({ ...emptyObjective('grow sales'), metric: 'Revenue' })).toBe(
      'Revenue',
    );
  });
});

describe('an objective’s value', () => {
  it('reads as Intl wrote it, whole numbers without Intl and fractions through it', () => {
    for (const value of [0, -0, 12, -1_234_567, 1e12, 12.5, 0.12345, -3.14159, 1_234_567.891])
      expect(formatObjectiveValue(value, 'EUR')).toBe(
        `${value.toLocaleString('en', { maximumFractionDigits: 4 })} EUR`,
      );
  });
});
