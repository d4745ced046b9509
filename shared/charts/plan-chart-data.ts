import type { Campaign } from '../domain/campaign';
import type { JourneyPhase } from '../domain/journey-phase';
import { limits } from '../domain/limits';
import type { WorkBackwardsPlan } from '../planning/work-backwards';
import type { CampaignTimelineData, ReverseFunnelData } from './chart-data';
import { dayNumber } from './calendar-days';
import { chartLimits } from './chart-data-schemas';
import { phaseDisplayName, truncateText } from './chart-text';

const name = (text: string) => truncateText(text, limits.name);

/**
 * The reverse funnel's data from a worked-out plan: the phases up to the goal. A volume that
 * could not be worked out is 0, which the chart leaves blank and the summary says in words.
 */
export function toReverseFunnelData(plan: WorkBackwardsPlan, unit = 'people'): ReverseFunnelData {
  const volume = (value: number | null) =>
    value !== null && Number.isFinite(value) ? Math.min(chartLimits.volume, value) : 0;
  return {
    unit,
    phases: plan.phases.slice(0, chartLimits.phases).map((phase) => ({
      name: name(phase.name),
      baseline:
        phase.baseline !== null && Number.isFinite(phase.baseline)
          ? Math.min(chartLimits.volume, Math.max(0, phase.baseline))
          : null,
      cautious: volume(phase.volumes.cautious),
      expected: volume(phase.volumes.expected),
      ambitious: volume(phase.volumes.ambitious),
    })),
  };
}

export interface CampaignTimelineSource {
  data: CampaignTimelineData;
  /** Campaigns left off: no start or end date yet (their dates are never out of order). */
  undatedCount: number;
}

/**
 * The timeline's data from the journey's phases and the campaigns in plan order. Only campaigns
 * with both dates are drawn; an unnamed campaign reads by its place, "Campaign 3".
 */
export function toCampaignTimelineData(
  phases: readonly Pick<JourneyPhase, 'id' | 'name'>[],
  campaigns: readonly Pick<Campaign, 'name' | 'phaseId' | 'startDate' | 'endDate'>[],
): CampaignTimelineSource {
  const shownPhases = phases.slice(0, chartLimits.phases);
  const phaseIndex = new Map(shownPhases.map((phase, index) => [phase.id, index]));
  const dated = campaigns.flatMap((campaign, index) => {
    const start = dayNumber(campaign.startDate);
    const end = dayNumber(campaign.endDate);
    if (start === null || end === null || end < start) return [];
    return [
      {
        name: name(campaign.name.trim() || `Campaign ${index + 1}`),
        phaseIndex: phaseIndex.get(campaign.phaseId) ?? -1,
        start: campaign.startDate,
        end: campaign.endDate,
      },
    ];
  });
  const drawn = dated.slice(0, chartLimits.campaigns);
  return {
    data: {
      phases: shownPhases.map((phase, index) => name(phaseDisplayName(phase.name, index))),
      campaigns: drawn,
    },
    undatedCount: campaigns.length - drawn.length,
  };
}
