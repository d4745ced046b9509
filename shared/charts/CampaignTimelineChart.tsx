import { Bar, Cell } from 'recharts';
import type { CampaignTimelineData } from './chart-data';
import { inkSoft } from './chart-style';
import { layoutCampaignTimeline } from './campaign-timeline-layout';
import { summariseCampaignTimeline } from './campaign-timeline-summary';
import { HorizontalBarChart } from './HorizontalBarChart';

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
  const tickLabel = new Map(layout.ticks.map((tick, index) => [tick, layout.tickLabels[index]]));
  return (
    <HorizontalBarChart
      layout={layout}
      rows={layout.rows}
      rowKey="row"
      rowLabels={layout.rowLabels}
      domain={layout.domain}
      tickLabel={(value) => tickLabel.get(value) ?? ''}
      title="Campaign timeline"
      summary={summariseCampaignTimeline(data)}
    >
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
    </HorizontalBarChart>
  );
}
