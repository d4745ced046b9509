import { formatMoneyCompact } from '../planning/money-format';
import type { InvestmentReturnData } from './chart-data';
import { chartSize, scenarioColours } from './chart-style';
import { truncateText } from './chart-text';
import { legendAndMargin, type HorizontalBarLayout } from './horizontal-bar-layout';

export const investmentColours: Record<InvestmentReturnData['bars'][number]['kind'], string> = {
  'phase-budget': scenarioColours.cautious,
  'total-budget': scenarioColours.ambitious,
  revenue: '#2e8b57',
};

const legendNames = {
  'phase-budget': 'Budget per phase',
  'total-budget': 'Total budget',
  revenue: 'Expected revenue',
} as const;

const barSize = 16;
const rowGap = 12;
const yAxisWidth = 170;
const labelChars = 26;
const xAxisHeight = 40;
const minPlotHeight = 90;
export const maxInvestmentBars = 26;

export interface InvestmentReturnRow {
  slot: number;
  /** The bar's amount; null draws none. Named unlike any SVG attribute. */
  amount: number | null;
  colour: string;
}

export interface InvestmentReturnLayout extends HorizontalBarLayout {
  rows: InvestmentReturnRow[];
  labels: string[];
  ticks: number[];
  tickLabel: (value: number) => string;
}

/** Round steps for a linear axis from 0: 1, 2 or 5 times a power of ten, four to six ticks. */
export function linearTicks(largest: number): number[] {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power) || 1;
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

function drawable(value: number): number | null {
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Where everything of the investment chart goes, from the data alone: one bar per row. */
export function layoutInvestmentReturn(data: InvestmentReturnData): InvestmentReturnLayout {
  const bars = data.bars.slice(0, maxInvestmentBars);
  const rows = bars.map((bar, slot) => ({
    slot,
    amount: drawable(bar.value),
    colour: investmentColours[bar.kind],
  }));
  const kinds = (['phase-budget', 'total-budget', 'revenue'] as const).filter((kind) =>
    bars.some((bar) => bar.kind === kind),
  );
  const width = chartSize.standard.width;
  const side = { left: 8, right: 64, bottom: 8 };
  const { legend, margin } = legendAndMargin(
    kinds.map((kind) => ({ name: legendNames[kind], colour: investmentColours[kind] })),
    side,
    yAxisWidth,
    width,
  );
  const plotHeight = Math.max(minPlotHeight, rows.length * (barSize + rowGap));
  const largest = Math.max(0, ...bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0)));
  return {
    width,
    height: margin.top + plotHeight + xAxisHeight + margin.bottom,
    margin,
    yAxisWidth,
    xAxisHeight,
    barSize,
    ticks: linearTicks(largest),
    legend,
    rows,
    labels: bars.map((bar) => truncateText(bar.label, labelChars)),
    tickLabel: (value) => formatMoneyCompact(value, data.currency),
  };
}
