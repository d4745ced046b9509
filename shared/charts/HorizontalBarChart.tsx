import type { ReactNode } from 'react';
import { SwatchLegend } from './chart-legend';
import { bands, px, type Scale } from './chart-scales';
import { gridLine, ink, inkSoft } from './chart-style';
import { ChartSvg } from './ChartSvg';
import type { HorizontalBarLayout } from './horizontal-bar-layout';

/** Where the bars go: the value axis, each row's band, the plot's edges. */
export interface BarGeometry {
  x: Scale;
  bandTop: (row: number) => number;
  bandHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

interface HorizontalBarChartProps {
  className: string;
  layout: HorizontalBarLayout;
  rowLabels: readonly string[];
  /** The value axis from the plot's left edge to its right. */
  scaleOf: (range: [number, number]) => Scale;
  tickLabel: (value: number) => string;
  title: string;
  /** Said in words, as the chart's accessible name and description. */
  summary: string;
  /** The bars, then anything written over the plot. */
  children: (geometry: BarGeometry) => ReactNode;
}

/**
 * The frame of a chart of horizontal bars: one row per entry, named on the left; a value axis
 * with its ticks below and their grid lines, drawn over the bars as the bars start on the axis;
 * the legend inside the SVG. Fixed size from the layout and no measured text, so it draws the
 * same on screen and in documents.
 */
export function HorizontalBarChart({
  className,
  layout,
  rowLabels,
  scaleOf,
  tickLabel,
  title,
  summary,
  children,
}: HorizontalBarChartProps) {
  const plot = {
    left: layout.margin.left + layout.yAxisWidth,
    right: layout.width - layout.margin.right,
    top: layout.margin.top,
    bottom: layout.height - layout.margin.bottom - layout.xAxisHeight,
  };
  const x = scaleOf([plot.left, plot.right]);
  const rows = bands(rowLabels.length, [plot.top, plot.bottom]);
  const geometry: BarGeometry = { x, bandTop: rows.start, bandHeight: rows.size, plot };
  return (
    <ChartSvg
      className={className}
      width={layout.width}
      height={layout.height}
      title={title}
      summary={summary}
    >
      <g className="chart-grid" stroke={gridLine}>
        {layout.ticks.map((tick) => (
          <line key={tick} x1={px(x(tick))} y1={plot.top} x2={px(x(tick))} y2={plot.bottom} />
        ))}
      </g>
      {children(geometry)}
      <g className="chart-axis chart-axis--rows">
        <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke={inkSoft} />
        {rowLabels.map((label, row) => (
          <text
            key={row}
            x={plot.left - 14}
            y={px(rows.start(row) + rows.size / 2 + 4)}
            textAnchor="end"
            fill={ink}
          >
            {label}
          </text>
        ))}
      </g>
      <g className="chart-axis chart-axis--values">
        <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke={inkSoft} />
        {layout.ticks.map((tick) => (
          <line
            key={tick}
            className="chart-tick"
            x1={px(x(tick))}
            y1={plot.bottom}
            x2={px(x(tick))}
            y2={plot.bottom + 6}
            stroke={inkSoft}
          />
        ))}
        {layout.ticks.map((tick) => (
          <text key={tick} x={px(x(tick))} y={plot.bottom + 20} textAnchor="middle" fill={inkSoft}>
            {tickLabel(tick)}
          </text>
        ))}
      </g>
      <SwatchLegend entries={layout.legend} />
    </ChartSvg>
  );
}
