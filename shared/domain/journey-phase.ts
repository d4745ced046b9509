import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/** The conversion journey a map starts from; the consultant renames, adds, removes and reorders. */
export const defaultJourneyPhaseNames = [
  'Awareness',
  'Consideration',
  'Conversion',
  'Onboarding',
  'Advocacy',
] as const;

/** Readable on screen and in a document; more phases than this is a sign of a muddled map. */
export const maxJourneyPhases = 20;

export const emotionScore = z
  .number({ error: 'The emotion score must be a number from −2 to +2.' })
  .int('The emotion score must be a whole number from −2 to +2.')
  .min(-2, 'The emotion score must be at least −2.')
  .max(2, 'The emotion score must be at most +2.');

/** A conversion rate in percent: 0 to 100. */
export const percentRate = z
  .number({ error: 'A conversion rate must be a number of percent.' })
  .finite('A conversion rate must be a number of percent.')
  .min(0, 'A conversion rate cannot be below 0 %.')
  .max(100, 'A conversion rate cannot be above 100 %.');

/** One phase of the customer journey, in order, with what the customer wants and feels there. */
export const journeyPhaseSchema = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: optionalText('Phase name', limits.name),
  customerGoal: optionalText('Customer goal', limits.shortText),
  questions: optionalText('Questions', limits.longText),
  mindset: optionalText('Mindset', limits.longText),
  /** The customer's emotion here, −2 … +2; null until scored. Personas' own scores are separate. */
  emotion: emotionScore.nullable(),
  objections: optionalText('Objections', limits.longText),
  kpi: optionalText('KPI', limits.shortText),
  /** Percent of this phase's volume that reaches the next phase; null until known. */
  conversionRate: percentRate.nullable(),
  /** Today's volume in this phase (visitors, leads…), when known; the planner compares against it. */
  baseline: z
    .number({ error: 'The current volume must be a number.' })
    .finite('The current volume must be a number.')
    .min(0, 'The current volume cannot be negative.')
    .max(1e12, 'The current volume is too large.')
    .nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

export const journeyPhaseEditableSchema = journeyPhaseSchema.pick({
  name: true,
  customerGoal: true,
  questions: true,
  mindset: true,
  emotion: true,
  objections: true,
  kpi: true,
  conversionRate: true,
  baseline: true,
});
export type JourneyPhaseEditable = z.infer<typeof journeyPhaseEditableSchema>;

export function emptyJourneyPhase(name = ''): JourneyPhaseEditable {
  return {
    name,
    customerGoal: '',
    questions: '',
    mindset: '',
    emotion: null,
    objections: '',
    kpi: '',
    conversionRate: null,
    baseline: null,
  };
}
