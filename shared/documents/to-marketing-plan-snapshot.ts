import type { ActionItem } from '../domain/action-item';
import type { BrandChannel, BrandProfile, BrandTrait } from '../domain/brand';
import type { Campaign } from '../domain/campaign';
import type { Competitor } from '../domain/competitor';
import type { CritiqueEntry, CritiqueSheet } from '../domain/critique';
import type { EngagementDetails } from '../domain/engagement';
import type { IndustryTrend } from '../domain/industry-trend';
import type { JourneyPhase } from '../domain/journey-phase';
import type { Objection } from '../domain/objection';
import { describeObjective, type Objective } from '../domain/objective';
import type { ObjectiveRemoval } from '../domain/objective-removal';
import { revisedFields, type ObjectiveRevision } from '../domain/objective-revisions';
import type { Participant } from '../domain/participant';
import type { Perception } from '../domain/perception';
import type { Persona } from '../domain/persona';
import type { Plan } from '../domain/plan';
import type { SalesStage } from '../domain/sales-stage';
import type { Session } from '../domain/session';
import type { TouchPoint } from '../domain/touch-point';
import { wholeWorkingPlan, type PlanExportChoices } from '../domain/document-choices';
import { toPlannerPhases } from '../planning/planner-input';
import { phaseLabel } from '../planning/work-backwards';
import { toActionItemLines } from './action-item-lines';
import { toDeliverableBranding, type DeliverableBranding } from './deliverable-branding';
import { documentLimits } from './document-limits';
import { toInvestmentLines } from './investment-lines';
import { pickEngagementDetails } from './engagement-details';
import type { MarketingPlanSnapshot, PlanChartPayload } from './marketing-plan-snapshot';
import { objectiveHistoryLines } from './objective-history-lines';
import { removedObjectiveLines } from './removed-objective-lines';

/** The stored records of one engagement, as the repositories hand them over, each list in order. */
export interface MarketingPlanRecords {
  engagement: EngagementDetails;
  sessions: readonly Session[];
  salesStages: readonly SalesStage[];
  competitors: readonly Competitor[];
  industryTrends: readonly IndustryTrend[];
  objectives: readonly Objective[];
  objectiveRevisions: readonly ObjectiveRevision[];
  /** The objectives removed in any session of the engagement; none when not given. */
  objectiveRemovals?: readonly ObjectiveRemoval[];
  personas: readonly Persona[];
  objections: readonly Objection[];
  perceptions: readonly Perception[];
  critiqueEntries: readonly CritiqueEntry[];
  critiqueSheet: CritiqueSheet;
  brandProfile: BrandProfile;
  brandTraits: readonly BrandTrait[];
  brandChannels: readonly BrandChannel[];
  journeyPhases: readonly JourneyPhase[];
  touchPoints: readonly TouchPoint[];
  plan: Plan;
  campaigns: readonly Campaign[];
  actionItems: readonly ActionItem[];
  /** Everyone invited to any session of the engagement, to name an action's owner. */
  participants: readonly Pick<Participant, 'id' | 'name'>[];
  /** The client's logo and the accent colour; the defaults when never set. */
  branding?: DeliverableBranding | null;
}

export interface PlanExtras {
  /** Today on the consultant's calendar, YYYY-MM-DD. */
  preparedOn: string;
  /** The charts' data, built on the renderer by the mappers the screen draws with. */
  charts: readonly PlanChartPayload[];
  /** The version and the sections chosen; the whole working plan when not given. */
  choices?: PlanExportChoices;
}

const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;

function sessionLabeller(sessions: readonly Session[]) {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return (id: string) => {
    const session = byId.get(id);
    return session ? `${session.title} · ${session.date}` : '';
  };
}

function objectiveLines(records: MarketingPlanRecords): MarketingPlanSnapshot['objectives'] {
  const label = sessionLabeller(records.sessions);
  return records.objectives.map((objective) => ({
    // The client's words, then every refined field (the ones revisions track).
    ...pick(objective, ['statement', ...revisedFields] as const),
    statedIn: label(objective.statedInSessionId),
    history: objectiveHistoryLines(
      records.objectiveRevisions.filter((revision) => revision.objectiveId === objective.id),
      objective.unit,
      (id) => label(id) || 'A session no longer on this laptop',
    ),
  }));
}

function journeyPhases(records: MarketingPlanRecords): MarketingPlanSnapshot['journey']['phases'] {
  return records.journeyPhases.map((phase) => ({
    ...pick(phase, [
      'name',
      'customerGoal',
      'questions',
      'mindset',
      'emotion',
      'objections',
      'kpi',
      'conversionRate',
      'baseline',
    ] as const),
    touchPoints: records.touchPoints
      .filter((point) => point.phaseId === phase.id)
      .map((point) => pick(point, ['channel', 'content', 'owner', 'status'] as const)),
  }));
}

function workBackwards(records: MarketingPlanRecords): MarketingPlanSnapshot['workBackwards'] {
  const { plan, journeyPhases: phases } = records;
  return {
    ...pick(plan, [
      'goalMetric',
      'goalTarget',
      'goalDeadline',
      'revenueTarget',
      'averageDealSize',
      'bufferPercent',
      'currency',
    ] as const),
    goalPhaseIndex: phases.findIndex((phase) => phase.id === plan.goalPhaseId),
    rates: toPlannerPhases(phases, plan).map((phase) => phase.rates),
  };
}

function campaignLines(records: MarketingPlanRecords): MarketingPlanSnapshot['campaigns'] {
  const phaseNames = new Map(
    records.journeyPhases.map((phase, index) => [phase.id, phaseLabel(phase.name, index)]),
  );
  const objectives = new Map(records.objectives.map((objective) => [objective.id, objective]));
  return records.campaigns.map((campaign) => {
    const objective = objectives.get(campaign.objectiveId);
    return {
      ...pick(campaign, [
        'name',
        'type',
        'goal',
        'kpi',
        'target',
        'channels',
        'content',
        'landingPage',
        'startDate',
        'endDate',
        'budget',
        'budgetCurrency',
        'owner',
        'status',
      ] as const),
      phase: phaseNames.get(campaign.phaseId) ?? '',
      objective: objective ? describeObjective(objective) : '',
    };
  });
}

/** Picks, from an engagement's stored records, exactly what the marketing plan shows. */
export function toMarketingPlanSnapshot(
  records: MarketingPlanRecords,
  { preparedOn, charts, choices = wholeWorkingPlan }: PlanExtras,
): MarketingPlanSnapshot {
  const { engagement, critiqueSheet, brandProfile } = records;
  return {
    engagement: pickEngagementDetails(engagement),
    branding: toDeliverableBranding(records.branding),
    preparedOn,
    choices: { version: choices.version, sections: [...choices.sections] },
    sessions: records.sessions
      .slice(-documentLimits.sessions)
      .map((session) => pick(session, ['title', 'date', 'purpose'] as const)),
    situation: {
      salesStages: records.salesStages.map((stage) =>
        pick(stage, ['name', 'activities', 'duration', 'durationUnit', 'conversionRate'] as const),
      ),
      competitors: records.competitors.map((competitor) =>
        pick(competitor, ['name', 'positioning', 'strengths', 'weaknesses', 'threat'] as const),
      ),
      trends: records.industryTrends.map((trend) =>
        pick(trend, ['trend', 'impact', 'horizon', 'horizonYears', 'implication'] as const),
      ),
    },
    objectives: objectiveLines(records),
    removedObjectives: removedObjectiveLines(
      records.objectiveRemovals ?? [],
      (id) => sessionLabeller(records.sessions)(id) || 'A session no longer on this laptop',
    ),
    alignment: {
      personas: records.personas.map((persona) =>
        pick(persona, ['name', 'role', 'goals', 'mindset'] as const),
      ),
      objections: records.objections.map((objection) =>
        pick(objection, ['objection', 'answer', 'frequency'] as const),
      ),
      perceptions: records.perceptions.map((perception) =>
        pick(perception, ['perception', 'verdict', 'response'] as const),
      ),
    },
    critique: {
      entries: records.critiqueEntries.map((entry) => pick(entry, ['kind', 'text'] as const)),
      sheet: pick(critiqueSheet, [
        'selfView',
        'prospectView',
        'forWhom',
        'need',
        'brandName',
        'category',
        'benefit',
        'unlikeWhom',
        'difference',
      ] as const),
    },
    brand: {
      tone: brandProfile.tone,
      wordsToUse: brandProfile.wordsToUse,
      wordsToAvoid: brandProfile.wordsToAvoid,
      traits: records.brandTraits.map((trait) => pick(trait, ['weAre', 'weAreNot'] as const)),
      channels: records.brandChannels.map((channel) => pick(channel, ['name', 'tone'] as const)),
    },
    journey: { phases: journeyPhases(records) },
    workBackwards: workBackwards(records),
    campaigns: campaignLines(records),
    investment: toInvestmentLines(records),
    actionItems: toActionItemLines(records.actionItems, records.participants, records.sessions),
    charts: [...charts],
  };
}
