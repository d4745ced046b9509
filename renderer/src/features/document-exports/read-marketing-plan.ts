import type { MarketingPlanSnapshot } from '../../../../shared/documents/marketing-plan-snapshot';
import {
  toMarketingPlanSnapshot,
  type MarketingPlanRecords,
} from '../../../../shared/documents/to-marketing-plan-snapshot';
import type { PlanExportChoices } from '../../../../shared/domain/document-choices';
import type { Engagement } from '../../../../shared/domain/engagement';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { brandChannelRepository } from '../../db/repositories/brand-channel-repository';
import { brandProfileRepository } from '../../db/repositories/brand-profile-repository';
import { brandTraitRepository } from '../../db/repositories/brand-trait-repository';
import { campaignRepository } from '../../db/repositories/campaign-repository';
import { competitorRepository } from '../../db/repositories/competitor-repository';
import {
  critiqueEntryRepository,
  critiqueSheetRepository,
} from '../../db/repositories/critique-repository';
import { emotionScoreRepository } from '../../db/repositories/emotion-score-repository';
import { engagementBrandingRepository } from '../../db/repositories/engagement-branding-repository';
import { engagementRepository } from '../../db/repositories/engagement-repository';
import { industryTrendRepository } from '../../db/repositories/industry-trend-repository';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { objectionRepository } from '../../db/repositories/objection-repository';
import { objectiveRemovalRepository } from '../../db/repositories/objective-removal-repository';
import { objectiveRepository } from '../../db/repositories/objective-repository';
import { objectiveRevisionRepository } from '../../db/repositories/objective-revision-repository';
import { participantRepository } from '../../db/repositories/participant-repository';
import { perceptionRepository } from '../../db/repositories/perception-repository';
import { personaRepository } from '../../db/repositories/persona-repository';
import { planRepository } from '../../db/repositories/plan-repository';
import { salesStageRepository } from '../../db/repositories/sales-stage-repository';
import { sessionRepository } from '../../db/repositories/session-repository';
import { touchPointRepository } from '../../db/repositories/touch-point-repository';
import { localToday } from '../../../../shared/domain/local-today';
import {
  planChartPayloads,
  type PlanChartSources,
} from '../../../../shared/charts/plan-chart-payloads';

type Reads = Record<string, Promise<unknown>>;

/** Runs the reads at once and hands back their results under the same names. */
async function readAll<T extends Reads>(reads: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(reads);
  const values = await Promise.all(Object.values(reads));
  return Object.fromEntries(names.map((name, index) => [name, values[index]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

/** The engagement as stored now; the one on screen only if its row has gone. */
async function latestEngagement(engagement: Engagement): Promise<Engagement> {
  return (await engagementRepository.get(engagement.id)) ?? engagement;
}

/** Every worksheet's stored rows of the engagement, read together right before exporting. */
function readRecords(engagement: Engagement) {
  const id = engagement.id;
  return readAll({
    engagement: latestEngagement(engagement),
    sessions: sessionRepository.listForEngagement(id),
    salesStages: salesStageRepository.list(id),
    competitors: competitorRepository.list(id),
    industryTrends: industryTrendRepository.list(id),
    objectives: objectiveRepository.list(id),
    objectiveRevisions: objectiveRevisionRepository.listForEngagement(id),
    objectiveRemovals: objectiveRemovalRepository.listForEngagement(id),
    personas: personaRepository.list(id),
    objections: objectionRepository.list(id),
    perceptions: perceptionRepository.list(id),
    critiqueEntries: critiqueEntryRepository.list(id),
    critiqueSheet: critiqueSheetRepository.get(id),
    brandProfile: brandProfileRepository.get(id),
    brandTraits: brandTraitRepository.list(id),
    brandChannels: brandChannelRepository.list(id),
    journeyPhases: journeyPhaseRepository.list(id),
    touchPoints: touchPointRepository.listForEngagement(id),
    emotionScores: emotionScoreRepository.listForEngagement(id),
    plan: planRepository.get(id),
    campaigns: campaignRepository.list(id),
    actionItems: actionItemRepository.listForEngagement(id),
    participants: participantRepository.listForEngagement(id),
    branding: engagementBrandingRepository.get(id),
  });
}

/** The marketing plan of the engagement, from the latest stored rows, with its charts' data. */
export async function readMarketingPlan(
  engagement: Engagement,
  choices: PlanExportChoices,
): Promise<MarketingPlanSnapshot> {
  const records: MarketingPlanRecords & PlanChartSources = await readRecords(engagement);
  return toMarketingPlanSnapshot(records, {
    preparedOn: localToday(),
    charts: planChartPayloads(records),
    choices,
  });
}
