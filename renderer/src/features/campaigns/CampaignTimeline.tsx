import { CampaignTimelineChart } from '../../../../shared/charts/CampaignTimelineChart';
import { summariseCampaignTimeline } from '../../../../shared/charts/campaign-timeline-summary';
import { toCampaignTimelineData } from '../../../../shared/charts/plan-chart-data';
import type { Campaign } from '../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { ChartFigure } from './ChartFigure';

/** The campaigns as bars over time, coloured by phase; undated campaigns are counted, not drawn. */
export function CampaignTimeline({
  phases,
  campaigns,
}: {
  phases: readonly JourneyPhase[];
  campaigns: readonly Campaign[];
}) {
  const { data, undatedCount } = toCampaignTimelineData(phases, campaigns);
  return (
    <ChartFigure title="Campaign timeline" summary={summariseCampaignTimeline(data, undatedCount)}>
      <CampaignTimelineChart data={data} />
    </ChartFigure>
  );
}
