import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

export const maxIndustryTrends = 50;

/** Whether the trend helps or hurts the client. */
export const trendImpacts = ['positive', 'negative'] as const;
export type TrendImpact = (typeof trendImpacts)[number];

export const trendImpactLabels: Record<TrendImpact, string> = {
  positive: '↑ Positive for the client',
  negative: '↓ Negative for the client',
};

/** When the trend bites: one of the usual ranges, or a number of years the consultant types. */
export const trendHorizons = ['now', '1-2-years', '3-5-years', 'years'] as const;
export type TrendHorizon = (typeof trendHorizons)[number];

export const trendHorizonLabels: Record<TrendHorizon, string> = {
  now: 'Now',
  '1-2-years': 'In 1–2 years',
  '3-5-years': 'In 3–5 years',
  years: 'In a number of years',
};

/** Beyond fifty years a trend is a forecast nobody can plan for. */
export const maxHorizonYears = 50;

export const horizonYears = z
  .number({ error: 'The horizon must be a number of years.' })
  .finite('The horizon must be a number of years.')
  .min(0, 'The horizon cannot be negative.')
  .max(maxHorizonYears, `The horizon can be at most ${maxHorizonYears} years.`)
  .refine(
    (years) => Number.isInteger(years * 2),
    'Give the horizon in whole or half years (e.g. 2 or 2.5).',
  );

/** The horizon as it reads: "Now", "In 1–2 years", "In 7 years", "In 1 year"; '' when not set. */
export function horizonText(trend: Pick<IndustryTrend, 'horizon' | 'horizonYears'>): string {
  if (trend.horizon === null) return '';
  if (trend.horizon !== 'years') return trendHorizonLabels[trend.horizon];
  if (trend.horizonYears === null) return 'In a number of years (not given)';
  if (trend.horizonYears === 0) return 'Now';
  return `In ${trend.horizonYears} year${trend.horizonYears === 1 ? '' : 's'}`;
}

/** A trend in the client's industry and what it means for the plan. */
export const industryTrendSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  trend: optionalText('Trend', limits.shortText),
  impact: z.enum(trendImpacts, { error: 'Choose positive or negative.' }).nullable(),
  horizon: z
    .enum(trendHorizons, { error: 'Choose now, 1–2 years, 3–5 years or a number of years.' })
    .nullable(),
  /** The number of years, when the horizon is 'years'; kept when another choice is made. */
  horizonYears: horizonYears.nullable(),
  /** What the trend means for the client: the reason it is on the list. */
  implication: optionalText('What it means for the client', limits.longText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type IndustryTrend = z.infer<typeof industryTrendSchema>;

export const industryTrendEditableSchema = industryTrendSchema.pick({
  trend: true,
  impact: true,
  horizon: true,
  horizonYears: true,
  implication: true,
});
export type IndustryTrendEditable = z.infer<typeof industryTrendEditableSchema>;

export function emptyIndustryTrend(trend = ''): IndustryTrendEditable {
  return { trend, impact: null, horizon: null, horizonYears: null, implication: '' };
}
