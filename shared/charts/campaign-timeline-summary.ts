import { joinWords } from '../planning/plan-warnings';
import type { CampaignTimelineData } from './chart-data';
import { formatDay, formatDayRange } from './calendar-days';
import { drawableCampaigns, noPhaseLabel } from './campaign-timeline-layout';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The timeline said in words: its text alternative on screen (aria-label, caption) and in
 * documents. Every campaign with its dates, grouped by phase in journey order; campaigns left off
 * the chart for want of dates are counted.
 */
export function summariseCampaignTimeline(data: CampaignTimelineData, undatedCount = 0): string {
  const campaigns = drawableCampaigns(data);
  const leftOff = data.campaigns.length - campaigns.length + Math.max(0, undatedCount);
  const tail =
    leftOff > 0
      ? ` ${plural(leftOff, 'campaign')} without usable dates ${leftOff === 1 ? 'is' : 'are'} not shown.`
      : '';
  if (campaigns.length === 0) return `No campaigns with dates yet.${tail}`;

  const first = Math.min(...campaigns.map((campaign) => campaign.startDay));
  const last = Math.max(...campaigns.map((campaign) => campaign.endDay));
  const groups = [...data.phases.map((_, index) => index), -1].flatMap((phaseIndex) => {
    const inPhase = campaigns.filter((campaign) =>
      phaseIndex === -1
        ? campaign.phaseIndex < 0 || campaign.phaseIndex >= data.phases.length
        : campaign.phaseIndex === phaseIndex,
    );
    if (inPhase.length === 0) return [];
    const name = phaseIndex === -1 ? noPhaseLabel : data.phases[phaseIndex];
    const list = inPhase.map(
      (campaign) => `${campaign.name} (${formatDayRange(campaign.startDay, campaign.endDay)})`,
    );
    return [`${name}: ${joinWords(list)}.`];
  });
  return (
    [
      `${plural(campaigns.length, 'campaign')} from ${formatDay(first)} to ${formatDay(last)}.`,
      ...groups,
    ].join(' ') + tail
  );
}
