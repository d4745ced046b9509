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

/** When the trend bites. */
export const trendHorizons = ['now', '1-2-years', '3-5-years'] as const;
export type TrendHorizon = (typeof trendHorizons)[number];

export const trendHorizonLabels: Record<TrendHorizon, string> = {
  now: 'Now',
  '1-2-years': 'In 1–2 years',
  '3-5-years': 'In 3–5 years',
};

/** A trend in the client's industry and what it means for the plan. */
export const industryTrendSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  trend: optionalText('Trend', limits.shortText),
  impact: z.enum(trendImpacts, { error: 'Choose positive or negative.' }).nullable(),
  horizon: z.enum(trendHorizons, { error: 'Choose now, 1–2 years or 3–5 years.' }).nullable(),
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
  implication: true,
});
export type IndustryTrendEditable = z.infer<typeof industryTrendEditableSchema>;

export function emptyIndustryTrend(trend = ''): IndustryTrendEditable {
  return { trend, impact: null, horizon: null, implication: '' };
}
