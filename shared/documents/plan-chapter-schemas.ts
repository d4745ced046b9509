import { z } from 'zod';
import {
  brandChannelEditableSchema,
  brandProfileEditableSchema,
  brandTraitEditableSchema,
  maxBrandChannels,
  maxBrandTraits,
} from '../domain/brand';
import { campaignEditableSchema, maxCampaigns } from '../domain/campaign';
import { competitorEditableSchema, maxCompetitors } from '../domain/competitor';
import { critiqueEntrySchema, critiqueSheetEditableSchema } from '../domain/critique';
import { industryTrendEditableSchema, maxIndustryTrends } from '../domain/industry-trend';
import { journeyPhaseEditableSchema, maxJourneyPhases } from '../domain/journey-phase';
import { limits } from '../domain/limits';
import { maxObjections, objectionEditableSchema } from '../domain/objection';
import { maxObjectives, objectiveEditableSchema } from '../domain/objective';
import { removedObjectiveSchema } from '../domain/objective-removal';
import { revisedFields } from '../domain/objective-revisions';
import { maxPerceptions, perceptionEditableSchema } from '../domain/perception';
import { maxPersonas, personaEditableSchema } from '../domain/persona';
import { planSchema, scenarioRatesSchema } from '../domain/plan';
import { maxSalesStages, salesStageEditableSchema } from '../domain/sales-stage';
import { maxTouchPointsPerPhase, touchPointEditableSchema } from '../domain/touch-point';
import { optionalText } from '../domain/text-fields';
import { boundedList, documentLimits } from './document-limits';

/** A session as the plan names it: "Kick-off session · 2026-11-30". */
const sessionLabel = optionalText('Session', limits.name * 2);

export const situationChapterSchema = z.object({
  salesStages: boundedList(salesStageEditableSchema, maxSalesStages, 'sales stages'),
  competitors: boundedList(competitorEditableSchema, maxCompetitors, 'competitors'),
  trends: boundedList(industryTrendEditableSchema, maxIndustryTrends, 'industry trends'),
});

/** One field's change within a session: the first value before it and the last after it. */
const objectiveChangeSchema = z.object({
  field: z.enum(revisedFields),
  before: optionalText('Value before', limits.shortText),
  after: optionalText('Value after', limits.shortText),
  reason: optionalText('Reason', limits.shortText),
});

/** What changed in one objective within a session, each field once. */
export const objectiveChangesSchema = boundedList(
  objectiveChangeSchema,
  revisedFields.length,
  'changes per session',
);

export const objectiveLineSchema = objectiveEditableSchema.omit({ allowNegative: true }).extend({
  statedIn: sessionLabel,
  /** How it moved from the first statement to the refined one, session by session. */
  history: boundedList(
    z.object({
      session: sessionLabel,
      changes: objectiveChangesSchema,
    }),
    documentLimits.objectiveHistorySessions,
    'sessions in an objective’s history',
  ),
});
export type ObjectiveLine = z.infer<typeof objectiveLineSchema>;

/** The objectives removed in any session: what each said, in which session, and why. */
export const removedObjectiveLinesSchema = boundedList(
  z.object({
    session: sessionLabel,
    objective: removedObjectiveSchema,
    reason: optionalText('Reason', limits.shortText),
  }),
  maxObjectives,
  'removed objectives',
);
export type RemovedObjectiveLine = z.infer<typeof removedObjectiveLinesSchema>[number];

export const alignmentChapterSchema = z.object({
  personas: boundedList(personaEditableSchema, maxPersonas, 'personas'),
  objections: boundedList(
    objectionEditableSchema.omit({ phaseId: true }),
    maxObjections,
    'objections',
  ),
  perceptions: boundedList(perceptionEditableSchema, maxPerceptions, 'perceptions'),
});

export const critiqueChapterSchema = z.object({
  entries: boundedList(
    critiqueEntrySchema.pick({ kind: true, text: true }),
    documentLimits.critiqueEntries,
    'self-critique findings',
  ),
  sheet: critiqueSheetEditableSchema,
});

export const brandChapterSchema = brandProfileEditableSchema.extend({
  traits: boundedList(brandTraitEditableSchema, maxBrandTraits, 'brand traits'),
  channels: boundedList(brandChannelEditableSchema, maxBrandChannels, 'channels'),
});

export const journeyChapterSchema = z.object({
  phases: boundedList(
    journeyPhaseEditableSchema.extend({
      touchPoints: boundedList(
        touchPointEditableSchema,
        maxTouchPointsPerPhase,
        'touch points per phase',
      ),
    }),
    maxJourneyPhases,
    'journey phases',
  ),
});

export const workBackwardsChapterSchema = planSchema
  .pick({
    goalMetric: true,
    goalTarget: true,
    goalDeadline: true,
    revenueTarget: true,
    averageDealSize: true,
    bufferPercent: true,
    currency: true,
  })
  .extend({
    /** The phase the goal is counted at, by its place in the journey; -1 for the last phase. */
    goalPhaseIndex: z
      .number()
      .int()
      .min(-1)
      .max(maxJourneyPhases - 1),
    /** Each phase's rate to the next per scenario, in journey order, as the planner uses them. */
    rates: boundedList(scenarioRatesSchema, maxJourneyPhases, 'phase rates'),
  });

export const campaignLineSchema = campaignEditableSchema
  .omit({ phaseId: true, objectiveId: true })
  .extend({
    phase: optionalText('Phase', limits.name),
    objective: optionalText('Objective', limits.shortText),
  });
export type CampaignLine = z.infer<typeof campaignLineSchema>;

export const campaignLinesSchema = boundedList(campaignLineSchema, maxCampaigns, 'campaigns');
export const objectiveLinesSchema = boundedList(objectiveLineSchema, maxObjectives, 'objectives');
