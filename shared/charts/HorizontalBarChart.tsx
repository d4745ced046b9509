import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { SwatchLegend } from './chart-legend';
import { gridLine, ink, inkSoft, svgFont } from './chart-style';
import type { HorizontalBarLayout } from './horizontal-bar-layout';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

interface HorizontalBarChartProps {
  layout: HorizontalBarLayout;
  rows: object[];
  /** The field that numbers each row; its label is `rowLabels[number]`. */
  rowKey: string;
  rowLabels: readonly string[];
  /** The value axis: its range, its scale, and how a tick reads. */
  domain: [number, number];
  logScale?: boolean;
  tickLabel: (value: number) => string;
  barGap?: number;
  title: string;
  /** Said in words, as the chart's accessible name and description. */
  summary: string;
  /** The bars, then anything written over the plot. */
  children: ReactNode;
}

/**
 * The frame of a chart of horizontal bars: one row per entry, named on the left; a value axis
 * with plain-text ticks below (recharts' own tick text measures itself); grid lines; the legend
 * inside the SVG. Fixed size from the layout and no measured text, so it draws the same on screen
 * and headless in main.
 */
export function HorizontalBarChart({
  layout,
  rows,
  rowKey,
  rowLabels,
  domain,
  logScale,
  tickLabel,
  barGap,
  title,
  summary,
  children,
}: HorizontalBarChartProps) {
  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={rows}
      layout="vertical"
      margin={layout.margin}
      barSize={layout.barSize}
      {...(barGap === undefined ? {} : { barGap })}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
      title={title}
      desc={summary}
      {...svgFont}
    >
      <CartesianGrid horizontal={false} stroke={gridLine} />
      <YAxis
        type="category"
        dataKey={rowKey}
        width={layout.yAxisWidth}
        interval={0}
        tickLine={false}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x) - 6} y={Number(y) + 4} textAnchor="end" fill={ink}>
            {rowLabels[Number(payload?.value)] ?? ''}
          </text>
        )}
      />
      <XAxis
        type="number"
        {...(logScale ? { scale: 'log' as const } : {})}
        domain={domain}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        height={layout.xAxisHeight}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fill={inkSoft}>
            {tickLabel(Number(payload?.value))}
          </text>
        )}
      />
      {children}
      <SwatchLegend entries={layout.legend} />
    </BarChart>
  );
}
