import { z } from 'zod';
import { engagementDetailsSchema } from '../domain/engagement';
import { limits } from '../domain/limits';
import { sessionSchema } from '../domain/session';
import { isoDate } from '../domain/text-fields';
import { actionItemLineSchema } from './action-item-lines';
import { chartFormSchema } from './chart-form';
import { deliverableBrandingSchema } from './deliverable-branding';
import { boundedList, documentLimits } from './document-limits';
import { planExportChoicesSchema, wholeWorkingPlan } from '../domain/document-choices';
import { investmentLinesSchema } from './investment-lines';
import {
  alignmentChapterSchema,
  brandChapterSchema,
  campaignLinesSchema,
  critiqueChapterSchema,
  journeyChapterSchema,
  objectiveLinesSchema,
  removedObjectiveLinesSchema,
  situationChapterSchema,
  workBackwardsChapterSchema,
} from './plan-chapter-schemas';

/**
 * A chart as the renderer sends it: only its kind and plain data, built by the same mappers the
 * screen draws with. Main parses the data with the chart schemas (shared/charts) before drawing,
 * so this contract only bounds it.
 */
export const planChartPayloadSchema = z.object({
  kind: z.string().max(limits.name),
  data: z.unknown(),
});
export type PlanChartPayload = z.infer<typeof planChartPayloadSchema>;

/** Everything the marketing plan needs, sent once from the renderer to main. */
export const marketingPlanSnapshotSchema = z
  .object({
    engagement: engagementDetailsSchema,
    branding: deliverableBrandingSchema,
    /** The day the plan was exported, on the consultant's calendar: its date and "today" for SMART. */
    preparedOn: isoDate,
    sessions: boundedList(
      sessionSchema.pick({ title: true, date: true, purpose: true }),
      documentLimits.sessions,
      'sessions',
    ),
    situation: situationChapterSchema,
    objectives: objectiveLinesSchema,
    /** Told in the objectives' history; absent from a plan made before removals were kept. */
    removedObjectives: removedObjectiveLinesSchema.default([]),
    alignment: alignmentChapterSchema,
    critique: critiqueChapterSchema,
    brand: brandChapterSchema,
    journey: journeyChapterSchema,
    workBackwards: workBackwardsChapterSchema,
    campaigns: campaignLinesSchema,
    /** Marketing as an investment; absent from a plan made before it was worked out. */
    investment: investmentLinesSchema.optional(),
    actionItems: boundedList(actionItemLineSchema, documentLimits.actionItems, 'action items'),
    charts: boundedList(planChartPayloadSchema, documentLimits.charts, 'charts'),
    /** The version and the sections the consultant chose; without them, the whole working plan. */
    choices: planExportChoicesSchema.default(wholeWorkingPlan),
    /** Pictures when absent (see chart-form.ts). */
    chartForm: chartFormSchema.optional(),
  })
  .superRefine((snapshot, context) => {
    if (snapshot.workBackwards.rates.length !== snapshot.journey.phases.length)
      context.addIssue({
        code: 'custom',
        path: ['workBackwards', 'rates'],
        message: `The plan needs one set of rates per journey phase (${snapshot.journey.phases.length}).`,
      });
    if (snapshot.workBackwards.goalPhaseIndex >= snapshot.journey.phases.length)
      context.addIssue({
        code: 'custom',
        path: ['workBackwards', 'goalPhaseIndex'],
        message: 'The goal is counted at a phase the journey does not have.',
      });
  });
export type MarketingPlanSnapshot = z.infer<typeof marketingPlanSnapshotSchema>;
export type MarketingPlanSnapshotInput = z.input<typeof marketingPlanSnapshotSchema>;
