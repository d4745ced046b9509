import type { CampaignTimelineData } from './chart-data';
import { drawableCampaigns, layoutCampaignTimeline } from './campaign-timeline-layout';

/**
 * The timeline as consecutive charts no taller than `maxHeight`, all on the same month axis: the
 * whole timeline's. There are as few parts as fit the campaigns (in the plan's order), and the
 * campaigns are shared out evenly among them, the earlier parts taking one more where they do not
 * divide (40 in parts of up to 18: 14, 13 and 13, not 18, 18 and 4). A timeline that fits comes
 * back as it is, alone; a campaign without usable dates, which no chart draws, is left out of the
 * parts. Each part has at least one campaign, even one that alone is too tall.
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

  const fits = (from: number, count: number) =>
    layoutCampaignTimeline(part(from, count)).height <= maxHeight;
  // As many campaigns as fit in each part in turn: the fewest parts there can be.
  const filled: number[] = [];
  for (let from = 0; from < campaigns.length;) {
    let count = 1;
    while (from + count < campaigns.length && fits(from, count + 1)) count += 1;
    filled.push(count);
    from += count;
  }
  const sizes = evenShares(campaigns.length, filled.length, fits) ?? filled;
  let from = 0;
  return sizes.map((count) => {
    from += count;
    return part(from - count, count);
  });
}

/**
 * `total` campaigns shared out among `count` parts as evenly as they fit, the earlier parts
 * taking one more where they do not divide; a part's legend names only its own phases, so a share
 * that does not fit gives way to a smaller one. Undefined when the shares cannot all fit.
 */
function evenShares(
  total: number,
  count: number,
  fits: (from: number, count: number) => boolean,
): number[] | undefined {
  const sizes: number[] = [];
  let from = 0;
  for (let index = 0; index < count; index += 1) {
    let size = Math.ceil((total - from) / (count - index));
    while (size > 1 && !fits(from, size)) size -= 1;
    sizes.push(size);
    from += size;
  }
  return from === total ? sizes : undefined;
}

/** "Campaign timeline (2 of 3)": the name of one of the charts a timeline is split into. */
export function timelinePartName(name: string, index: number, count: number): string {
  return count > 1 ? `${name} (${index + 1} of ${count})` : name;
}
