import type { CampaignTimelineData } from './chart-data';
import { linearScale, px } from './chart-scales';
import { inkSoft } from './chart-style';
import { layoutCampaignTimeline } from './campaign-timeline-layout';
import { summariseCampaignTimeline } from './campaign-timeline-summary';
import { HorizontalBarChart } from './HorizontalBarChart';

/**
 * Campaigns as bars over time, one row each in the plan's order, coloured by the journey phase
 * they serve. Fixed size computed from the data (a fixed height per campaign) and no measured
 * text, so it draws the same on screen and in documents.
 */
export function CampaignTimelineChart({ data }: { data: CampaignTimelineData }) {
  const layout = layoutCampaignTimeline(data);
  const tickLabel = new Map(layout.ticks.map((tick, index) => [tick, layout.tickLabels[index]]));
  return (
    <HorizontalBarChart
      className="campaign-timeline"
      layout={layout}
      rowLabels={layout.rowLabels}
      scaleOf={(range) => linearScale(layout.domain, range)}
      tickLabel={(value) => tickLabel.get(value) ?? ''}
      title="Campaign timeline"
      summary={summariseCampaignTimeline(data)}
    >
      {({ x, bandTop, bandHeight, plot }) =>
        layout.rows.length === 0 ? (
          <text x={plot.left + 12} y={layout.margin.top + 26} fill={inkSoft}>
            No campaign has both a start and an end date yet.
          </text>
        ) : (
          <g className="chart-bars">
            {layout.rows.map((row) => (
              <rect
                key={row.row}
                className="chart-bar"
                x={px(x(row.days[0]))}
                y={px(bandTop(row.row) + (bandHeight - layout.barSize) / 2)}
                width={px(Math.max(0, x(row.days[1]) - x(row.days[0])))}
                height={layout.barSize}
                fill={row.colour}
              />
            ))}
          </g>
        )
      }
    </HorizontalBarChart>
  );
}
