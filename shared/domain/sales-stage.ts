import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** A sales process longer than this many stages is a map nobody can read in the room. */
export const maxSalesStages = 30;

export const durationUnits = ['days', 'weeks', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];

const daysPer: Record<DurationUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** A stage that lasts longer than ten years is a typo, not a sales process. */
export const maxDurationByUnit: Record<DurationUnit, number> = {
  days: 3650,
  weeks: 520,
  months: 120,
};

/** Percent of the prospects in one stage who move on to the next: 0 to 100. */
export const stageConversion = z
  .number({ error: 'The conversion must be a number of percent.' })
  .finite('The conversion must be a number of percent.')
  .min(0, 'The conversion cannot be below 0 %.')
  .max(100, 'The conversion cannot be above 100 %: a stage cannot pass on more than it has.');

const stageDuration = z
  .number({ error: 'The duration must be a number.' })
  .finite('The duration must be a number.')
  .min(0, 'The duration cannot be negative.')
  .max(maxDurationByUnit.days, `A stage can last at most ${maxDurationByUnit.days} days.`);

const salesStageFields = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: optionalText('Stage name', limits.name),
  activities: optionalText('What happens', limits.longText),
  /** How long a prospect typically spends in the stage, in durationUnit; null until known. */
  duration: stageDuration.nullable(),
  durationUnit: z.enum(durationUnits, { error: 'Choose days, weeks or months.' }),
  /** Percent of this stage's prospects that reach the next stage; null until known. */
  conversionRate: stageConversion.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** One stage of the client's sales process, in order, from first contact to signed deal. */
export const salesStageSchema = salesStageFields.superRefine((stage, context) => {
  const max = maxDurationByUnit[stage.durationUnit];
  if (stage.duration !== null && stage.duration > max)
    context.addIssue({
      code: 'custom',
      path: ['duration'],
      message: `A stage can last at most ${max} ${stage.durationUnit} (ten years).`,
    });
});
export type SalesStage = z.infer<typeof salesStageSchema>;

export const salesStageEditableSchema = salesStageFields.pick({
  name: true,
  activities: true,
  duration: true,
  durationUnit: true,
  conversionRate: true,
});
export type SalesStageEditable = z.infer<typeof salesStageEditableSchema>;

export function emptySalesStage(name = ''): SalesStageEditable {
  return { name, activities: '', duration: null, durationUnit: 'weeks', conversionRate: null };
}

export interface SalesProcessSummary {
  stages: number;
  /** The typical time from the first stage to the last, in days, over the stages with a duration. */
  totalDays: number;
  stagesWithoutDuration: number;
  /** Percent of prospects entering the first stage who pass the last; null unless every rate is known. */
  overallConversion: number | null;
  /** The stage that loses the most prospects, when at least one rate is known. */
  weakest: { name: string; index: number; conversionRate: number } | null;
}

/** The whole process at a glance: how long it takes and how many prospects make it through. */
export function summariseSalesProcess(
  stages: readonly Pick<SalesStage, 'name' | 'duration' | 'durationUnit' | 'conversionRate'>[],
): SalesProcessSummary {
  let totalDays = 0;
  let stagesWithoutDuration = 0;
  let overall: number | null = stages.length > 0 ? 1 : null;
  let weakest: SalesProcessSummary['weakest'] = null;
  stages.forEach((stage, index) => {
    if (stage.duration === null || !Number.isFinite(stage.duration)) stagesWithoutDuration += 1;
    else totalDays += stage.duration * daysPer[stage.durationUnit];
    const rate = stage.conversionRate;
    if (rate === null || !Number.isFinite(rate)) {
      overall = null;
      return;
    }
    if (overall !== null) overall *= rate / 100;
    if (!weakest || rate < weakest.conversionRate)
      weakest = { name: stage.name, index, conversionRate: rate };
  });
  return {
    stages: stages.length,
    totalDays,
    stagesWithoutDuration,
    overallConversion: overall === null ? null : overall * 100,
    weakest,
  };
}

/** "10 days", "about 6 weeks", "about 4.5 months": the unit a consultant would say aloud. */
export function formatDays(days: number): string {
  if (!Number.isFinite(days) || days <= 0) return '0 days';
  if (days < 14) {
    const rounded = Math.round(days * 10) / 10;
    return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
  }
  if (days < 120) return `about ${Math.round((days / 7) * 10) / 10} weeks`;
  return `about ${Math.round((days / daysPer.months) * 10) / 10} months`;
}
