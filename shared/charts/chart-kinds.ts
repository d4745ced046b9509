import type {
  CampaignTimelineData,
  EmotionCurveData,
  InvestmentReturnData,
  ReverseFunnelData,
  ToneDriftData,
} from './chart-data';

/** Every chart the app draws, on screen and into documents, by the name data is sent under. */
export const chartKinds = [
  'tone-drift',
  'emotion-curve',
  'reverse-funnel',
  'campaign-timeline',
  'investment-return',
] as const;
export type ChartKind = (typeof chartKinds)[number];

export interface ChartDataByKind {
  'tone-drift': ToneDriftData;
  'emotion-curve': EmotionCurveData;
  'reverse-funnel': ReverseFunnelData;
  'campaign-timeline': CampaignTimelineData;
  'investment-return': InvestmentReturnData;
}

/** How a chart is named in messages to the consultant. */
export const chartNames: Record<ChartKind, string> = {
  'tone-drift': 'Tone-of-voice drift',
  'emotion-curve': 'Emotion curve',
  'reverse-funnel': 'Work-backwards funnel',
  'campaign-timeline': 'Campaign timeline',
  'investment-return': 'Budget and expected revenue',
};

export function isChartKind(value: unknown): value is ChartKind {
  return typeof value === 'string' && (chartKinds as readonly string[]).includes(value);
}

/** One function for each of some chart kinds, each taking its own kind's data. */
export type ForEachChartKind<Result, Kinds extends ChartKind = ChartKind> = {
  [K in Kinds]: (data: ChartDataByKind[K]) => Result;
};

/**
 * What the table's function for the chart's kind makes of its data: one place that pairs a kind
 * with its data's type, instead of a switch casting the data in every one.
 */
export function forChartKind<Result, K extends ChartKind>(
  table: ForEachChartKind<Result>,
  kind: K,
  data: ChartDataByKind[K],
): Result {
  return (table[kind] as (data: ChartDataByKind[K]) => Result)(data);
}
