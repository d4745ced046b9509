import { createElement, type ComponentType, type ReactElement } from 'react';
import { CampaignTimelineChart } from './CampaignTimelineChart';
import type { ChartDataByKind, ChartKind } from './chart-kinds';
import { EmotionCurveChart } from './EmotionCurveChart';
import { InvestmentReturnChart } from './InvestmentReturnChart';
import { ReverseFunnelChart } from './ReverseFunnelChart';
import { ToneDriftChart } from './ToneDriftChart';

export interface ChartProps<K extends ChartKind> {
  data: ChartDataByKind[K];
}

/** The one component that draws each kind of chart, on screen and into documents alike. */
export const chartComponents: { [K in ChartKind]: ComponentType<ChartProps<K>> } = {
  'tone-drift': ToneDriftChart,
  'emotion-curve': EmotionCurveChart,
  'reverse-funnel': ReverseFunnelChart,
  'campaign-timeline': CampaignTimelineChart,
  'investment-return': InvestmentReturnChart,
};

export function chartElement<K extends ChartKind>(kind: K, data: ChartDataByKind[K]): ReactElement {
  const Chart = chartComponents[kind] as ComponentType<ChartProps<K>>;
  return createElement(Chart, { data });
}
