import { formatCompact } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';
import { chartSize, scenarioColours } from './chart-style';
import { truncateText } from './chart-text';
import { legendAndMargin, type HorizontalBarLayout } from './horizontal-bar-layout';

/** The bars of each phase, top to bottom; data keys are never SVG attribute names. */
export const funnelSeries = [
  { key: 'cautious', label: 'Cautious', colour: scenarioColours.cautious },
  { key: 'expected', label: 'Expected', colour: scenarioColours.expected },
  { key: 'ambitious', label: 'Ambitious', colour: scenarioColours.ambitious },
  { key: 'today', label: 'Today', colour: scenarioColours.baseline },
] as const;
export type FunnelSeriesKey = (typeof funnelSeries)[number]['key'];

const barSize = 10;
const barGap = 2;
const phaseGap = 14;
const yAxisWidth = 150;
const phaseNameChars = 22;
const xAxisHeight = 40;
const minPlotHeight = 120;

export interface ReverseFunnelRow {
  slot: number;
  cautious: number | null;
  expected: number | null;
  ambitious: number | null;
  today: number | null;
}

export interface ReverseFunnelLayout extends HorizontalBarLayout {
  barGap: number;
  series: (typeof funnelSeries)[number][];
  rows: ReverseFunnelRow[];
  phaseLabels: string[];
  /** Powers of ten from 1 to the first one at or above the largest volume. */
  ticks: number[];
  axisLabel: string;
}

/** A bar on a log scale needs a volume of at least 1; 0 means "could not be worked out". */
function drawable(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 1 ? value : null;
}

/** Powers of ten covering every volume: [1, 10, 100, 1000] for a largest volume of 640. */
export function logTicks(largest: number): number[] {
  const decades = Math.min(15, Math.max(1, Math.ceil(Math.log10(Math.max(10, largest)) - 1e-9)));
  return Array.from({ length: decades + 1 }, (_, power) => 10 ** power);
}

/**
 * Where everything of the reverse funnel goes, computed from the data alone: one row of bars per
 * phase (first phase on top), its height fixed by the number of phases, so twelve phases stay as
 * readable as five. Volumes span orders of magnitude, hence the log scale.
 */
export function layoutReverseFunnel(data: ReverseFunnelData): ReverseFunnelLayout {
  const hasBaseline = data.phases.some((phase) => drawable(phase.baseline) !== null);
  const series = funnelSeries.filter((entry) => entry.key !== 'today' || hasBaseline);
  const rows = data.phases.map((phase, slot) => ({
    slot,
    cautious: drawable(phase.cautious),
    expected: drawable(phase.expected),
    ambitious: drawable(phase.ambitious),
    today: hasBaseline ? drawable(phase.baseline) : null,
  }));
  const largest = Math.max(
    1,
    ...rows
      .flatMap((row) => [row.cautious, row.expected, row.ambitious, row.today])
      .map((v) => v ?? 0),
  );
  const width = chartSize.standard.width;
  const side = { left: 8, right: 56, bottom: 8 };
  const { legend, margin } = legendAndMargin(
    series.map(({ label, colour }) => ({ name: label, colour })),
    side,
    yAxisWidth,
    width,
  );
  const slotHeight = series.length * (barSize + barGap) + phaseGap;
  const plotHeight = Math.max(minPlotHeight, data.phases.length * slotHeight);
  const unit = truncateText(data.unit.trim() || 'people', 40);
  return {
    width,
    height: margin.top + plotHeight + xAxisHeight + margin.bottom,
    margin,
    yAxisWidth,
    xAxisHeight,
    barSize,
    barGap,
    series: [...series],
    rows,
    phaseLabels: data.phases.map((phase) => truncateText(phase.name, phaseNameChars)),
    ticks: logTicks(largest),
    legend,
    axisLabel: `${unit[0]?.toUpperCase() ?? ''}${unit.slice(1)} needed per phase (log scale)`,
  };
}

/** The value at a bar's end: "13.2k"; nothing for a bar that is not drawn. */
export function barLabel(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatCompact(value) : '';
}
