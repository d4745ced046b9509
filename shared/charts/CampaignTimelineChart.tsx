import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { CampaignTimelineData } from './chart-data';
import { SwatchLegend } from './chart-legend';
import { chartFont } from './chart-style';
import { layoutCampaignTimeline } from './campaign-timeline-layout';
import { summariseCampaignTimeline } from './campaign-timeline-summary';

const ink = '#1d2633';
const inkSoft = '#556274';
const gridLine = '#e3e7ee';
/** recharts hands SVG presentation attributes on to its <svg> but does not declare the font ones. */
const svgFont: Record<string, unknown> = { fontFamily: chartFont.family, fontSize: chartFont.size };

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * Campaigns as bars over time, one row each in the plan's order, coloured by the journey phase
 * they serve. Fixed size computed from the data (a fixed height per campaign), no measured text
 * and no animation unless asked, so it draws the same on screen and headless in main.
 */
export function CampaignTimelineChart({
  data,
  animate,
}: {
  data: CampaignTimelineData;
  animate?: boolean;
}) {
  const layout = layoutCampaignTimeline(data);
  const summary = summariseCampaignTimeline(data);
  const tickLabel = new Map(layout.ticks.map((tick, index) => [tick, layout.tickLabels[index]]));
  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={layout.rows}
      layout="vertical"
      margin={layout.margin}
      barSize={layout.barSize}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
      title="Campaign timeline"
      desc={summary}
      {...svgFont}
    >
      <CartesianGrid horizontal={false} stroke={gridLine} />
      <YAxis
        type="category"
        dataKey="row"
        width={layout.yAxisWidth}
        interval={0}
        tickLine={false}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x) - 6} y={Number(y) + 4} textAnchor="end" fill={ink}>
            {layout.rowLabels[Number(payload?.value)] ?? ''}
          </text>
        )}
      />
      <XAxis
        type="number"
        domain={layout.domain}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        height={layout.xAxisHeight}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fill={inkSoft}>
            {tickLabel.get(Number(payload?.value)) ?? ''}
          </text>
        )}
      />
      <Bar dataKey="days" isAnimationActive={animate ?? false}>
        {layout.rows.map((row) => (
          <Cell key={row.row} fill={row.colour} />
        ))}
      </Bar>
      {layout.rows.length === 0 ? (
        <text
          x={layout.margin.left + layout.yAxisWidth + 12}
          y={layout.margin.top + 26}
          fill={inkSoft}
        >
          No campaign has both a start and an end date yet.
        </text>
      ) : null}
      <SwatchLegend entries={layout.legend} />
    </BarChart>
  );
}
