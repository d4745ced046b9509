import type { ChartRequest } from './chart-data-schemas';
import { hasEmotionScores, toEmotionCurveData } from './emotion-curve-data';
import { toCampaignTimelineData, toReverseFunnelData } from './plan-chart-data';
import { toToneDriftData } from './tone-drift-data';
import { toInvestmentReturnData } from './investment-chart-data';
import { planInvestment } from '../planning/plan-investment';
import type { BrandChannel, BrandProfile } from '../domain/brand';
import type { Campaign } from '../domain/campaign';
import type { PersonaEmotionScore } from '../domain/emotion-score';
import type { JourneyPhase } from '../domain/journey-phase';
import type { Persona } from '../domain/persona';
import type { Plan } from '../domain/plan';
import { toPlannerInput } from '../planning/planner-input';
import { workBackwards } from '../planning/work-backwards';

export interface PlanChartSources {
  brandProfile: BrandProfile;
  brandChannels: readonly BrandChannel[];
  journeyPhases: readonly JourneyPhase[];
  personas: readonly Persona[];
  emotionScores: readonly PersonaEmotionScore[];
  plan: Plan;
  campaigns: readonly Campaign[];
}

/**
 * The plan's charts as plain data, built by the same mappers the worksheets draw with, so the
 * document shows what the screen shows. A chart with nothing to draw yet is left out; the
 * document then says why in words.
 */
export function planChartPayloads(sources: PlanChartSources): ChartRequest[] {
  const charts: ChartRequest[] = [];
  if (sources.brandChannels.length > 0)
    charts.push({
      kind: 'tone-drift',
      data: toToneDriftData(sources.brandProfile.tone, sources.brandChannels),
    });
  const emotion = toEmotionCurveData({
    phases: sources.journeyPhases,
    personas: sources.personas,
    scores: sources.emotionScores,
  });
  // A persona with no scores has no curve: the document's legend leaves it out.
  const scored = {
    ...emotion,
    personas: emotion.personas.filter((line) => line.scores.some((score) => score !== null)),
  };
  if (hasEmotionScores(scored)) charts.push({ kind: 'emotion-curve', data: scored });
  const worked = workBackwards(toPlannerInput(sources.journeyPhases, sources.plan));
  if (worked.bufferedGoal !== null && worked.phases.length > 0)
    charts.push({ kind: 'reverse-funnel', data: toReverseFunnelData(worked) });
  const investment = planInvestment(sources.plan, sources.journeyPhases, sources.campaigns, worked);
  if (investment.ok && investment.total > 0)
    charts.push({ kind: 'investment-return', data: toInvestmentReturnData(investment) });
  const timeline = toCampaignTimelineData(sources.journeyPhases, sources.campaigns);
  if (timeline.data.campaigns.length > 0)
    charts.push({ kind: 'campaign-timeline', data: timeline.data });
  return charts;
}
