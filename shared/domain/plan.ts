import { z } from 'zod';
import { groupedDigits } from './grouped-digits';
import { optionalCurrencyCode } from './currency';
import { percentRate } from './journey-phase';
import { limits } from './limits';
import { entityId, optionalIsoDate, optionalText, timestamp } from './text-fields';

/** The three scenarios every rate is planned in, from the most careful to the boldest. */
export const scenarios = ['cautious', 'expected', 'ambitious'] as const;
export type Scenario = (typeof scenarios)[number];

export const scenarioLabels: Record<Scenario, string> = {
  cautious: 'Cautious',
  expected: 'Expected',
  ambitious: 'Ambitious',
};

/** A goal past a billion is a typing slip, not a plan; the bound keeps every volume finite. */
export const maxGoal = 1_000_000_000;
export const maxBufferPercent = 100;
/** Money is only a helper to reach the goal; bounded so the division stays meaningful. */
export const maxMoney = 1e13;
/** Rates kept for phases ever planned; far beyond a real map, bounded against runaway data. */
export const maxPlannedPhases = 500;

export const goalTarget = z
  .number({ error: 'The goal must be a number.' })
  .int('The goal must be a whole number.')
  .min(1, 'The goal must be at least 1.')
  .max(maxGoal, `The goal can be at most ${groupedDigits(maxGoal)}.`);

export const bufferPercent = z
  .number({ error: 'The safety buffer must be a number of percent.' })
  .finite('The safety buffer must be a number of percent.')
  .min(0, 'The safety buffer cannot be below 0 %.')
  .max(maxBufferPercent, `The safety buffer can be at most ${maxBufferPercent} %.`);

export function moneyAmount(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .finite(`${label} must be a number.`)
    .positive(`${label} must be above zero.`)
    .max(maxMoney, `${label} can be at most ${groupedDigits(maxMoney)}.`);
}

/** One phase's rate to the next phase, per scenario; null until the consultant sets it. */
export const scenarioRatesSchema = z.object({
  cautious: percentRate.nullable(),
  expected: percentRate.nullable(),
  ambitious: percentRate.nullable(),
});
export type ScenarioRates = z.infer<typeof scenarioRatesSchema>;

export const planSchema = z.object({
  engagementId: entityId,
  /** What the goal counts, e.g. "new customers"; also the unit of the required volumes. */
  goalMetric: optionalText('Goal metric', limits.name),
  goalTarget: goalTarget.nullable(),
  goalDeadline: optionalIsoDate,
  /** The journey phase where the goal is counted; '' means the last phase. */
  goalPhaseId: z.string().max(64),
  /** Helper: revenue target ÷ average deal size gives a goal in customers. */
  revenueTarget: moneyAmount('The revenue target').nullable(),
  averageDealSize: moneyAmount('The average deal size').nullable(),
  /**
   * The engagement's currency, chosen once: of the revenue target, the deal size and every
   * campaign budget. '' until chosen.
   */
  currency: optionalCurrencyCode,
  bufferPercent,
  /**
   * Where the plan counts leads and opportunities, for the cost of each; absent or '' for two and
   * one phase before the goal's phase.
   */
  leadPhaseId: z.string().max(64).optional(),
  opportunityPhaseId: z.string().max(64).optional(),
  /** Keyed by the id of the phase whose rate to the next phase it is. */
  rates: z
    .record(z.string().max(64), scenarioRatesSchema)
    .refine(
      (rates) => Object.keys(rates).length <= maxPlannedPhases,
      `The plan keeps rates for at most ${maxPlannedPhases} phases.`,
    ),
  updatedAt: timestamp,
});
export type Plan = z.infer<typeof planSchema>;

export const planEditableSchema = planSchema.pick({
  goalMetric: true,
  goalTarget: true,
  goalDeadline: true,
  goalPhaseId: true,
  revenueTarget: true,
  averageDealSize: true,
  currency: true,
  bufferPercent: true,
  leadPhaseId: true,
  opportunityPhaseId: true,
});
export type PlanEditable = z.infer<typeof planEditableSchema>;

export const defaultBufferPercent = 10;

export function emptyPlan(engagementId: string): Plan {
  return {
    engagementId,
    goalMetric: 'new customers',
    goalTarget: null,
    goalDeadline: '',
    goalPhaseId: '',
    revenueTarget: null,
    averageDealSize: null,
    currency: '',
    bufferPercent: defaultBufferPercent,
    rates: {},
    updatedAt: 0,
  };
}

export const emptyScenarioRates: ScenarioRates = {
  cautious: null,
  expected: null,
  ambitious: null,
};
