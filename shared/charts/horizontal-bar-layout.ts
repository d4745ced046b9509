import { layoutSwatchLegend, type SwatchLegendEntry } from './chart-legend';

/** What the frame of a horizontal bar chart needs from the chart's layout. */
export interface HorizontalBarLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  barSize: number;
  ticks: number[];
  legend: SwatchLegendEntry[];
}

/** The legend in rows above the plot, right of the row names, and the margins that make room for it. */
export function legendAndMargin(
  items: readonly { name: string; colour: string }[],
  side: { left: number; right: number; bottom: number },
  yAxisWidth: number,
  width: number,
): Pick<HorizontalBarLayout, 'legend' | 'margin'> {
  const legend = layoutSwatchLegend(items, side.left + yAxisWidth, width - side.right);
  return { legend: legend.entries, margin: { ...side, top: legend.height + 12 } };
}
