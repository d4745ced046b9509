import type { CampaignTimelineData } from './chart-data';
import { drawableCampaigns, layoutCampaignTimeline } from './campaign-timeline-layout';

/**
 * The timeline as consecutive charts no taller than `maxHeight`, each of as many campaigns (in
 * the plan's order) as fit, all on the same month axis: the whole timeline's. A timeline that fits
 * comes back as it is, alone; a campaign without usable dates, which no chart draws, is left out
 * of the parts. Each part has at least one campaign, even one that alone is too tall.
 */
export function splitCampaignTimeline(
  data: CampaignTimelineData,
  maxHeight: number,
): CampaignTimelineData[] {
  if (layoutCampaignTimeline(data).height <= maxHeight) return [data];
  const drawable = drawableCampaigns(data);
  if (drawable.length === 0) return [data];
  const byStart = drawable.reduce((first, campaign) =>
    campaign.startDay < first.startDay ? campaign : first,
  );
  const byEnd = drawable.reduce((last, campaign) =>
    campaign.endDay > last.endDay ? campaign : last,
  );
  const span = { start: byStart.start, end: byEnd.end };
  const campaigns = drawable.map(({ name, phaseIndex, start, end }) => ({
    name,
    phaseIndex,
    start,
    end,
  }));
  const part = (from: number, count: number): CampaignTimelineData => ({
    phases: data.phases,
    campaigns: campaigns.slice(from, from + count),
    span,
  });

  const parts: CampaignTimelineData[] = [];
  let from = 0;
  while (from < campaigns.length) {
    let count = 1;
    while (
      from + count < campaigns.length &&
      layoutCampaignTimeline(part(from, count + 1)).height <= maxHeight
    )
      count += 1;
    parts.push(part(from, count));
    from += count;
  }
  return parts;
}

/** "Campaign timeline (2 of 3)": the name of one of the charts a timeline is split into. */
export function timelinePartName(name: string, index: number, count: number): string {
  return count > 1 ? `${name} (${index + 1} of ${count})` : name;
}
