import { maxBufferPercent, maxGoal, type Scenario } from '../domain/plan';
import { formatWhole } from './number-format';
import {
  aboveBaselineWarnings,
  overallConversionWarnings,
  rateWarnings,
  type PlanWarning,
} from './plan-warnings';

/** A phase as the planner sees it: its name, today's volume and its rate to the next phase. */
export interface PlannerPhase {
  id: string;
  /** Shown in warnings; an empty name reads "Phase 3". */
  name: string;
  /** Today's volume, when known. */
  baseline: number | null;
  /** Percent of this phase's volume reaching the next, per scenario; null when not set. */
  rates: Record<Scenario, number | null>;
}

export interface PlannerInput {
  /** The journey's phases in order. */
  phases: readonly PlannerPhase[];
  /** The final goal, counted at the goal phase (e.g. 120 new customers). */
  goal: number | null;
  bufferPercent: number;
  /** The phase where the goal is counted; '' or an unknown id means the last phase. */
  goalPhaseId?: string;
}

export interface PhaseVolumes {
  phaseId: string;
  name: string;
  baseline: number | null;
  /** Whole people (visitors, leads…) this phase needs; null when it cannot be worked out. */
  volumes: Record<Scenario, number | null>;
}

export interface WorkBackwardsPlan {
  /** The goal plus the safety buffer: what the goal phase must reach; null without a usable goal. */
  bufferedGoal: number | null;
  /** The phases up to and including the goal phase, first to last. */
  phases: PhaseVolumes[];
  /** Phases after the goal phase; they are not worked backwards. */
  afterGoal: { phaseId: string; name: string }[];
  /** Percent of the first phase's volume that reaches the goal phase, per scenario. */
  overallPercent: Record<Scenario, number | null>;
  /** Everything unrealistic or missing, as data; the screen and documents word it the same. */
  warnings: PlanWarning[];
}

/** Past a trillion people a volume is not a plan any more; keeps every number finite and short. */
export const maxVolume = 1e12;

/** How a phase is named when the consultant has not named it. */
export function phaseLabel(name: string, index: number): string {
  const trimmed = name.trim();
  return trimmed === '' ? `Phase ${index + 1}` : trimmed;
}

/**
 * Rounds up to whole people, forgiving the last bits of floating-point error so that 120 × 1.1
 * gives 132, not 133. The tolerance stays below one person, so a volume never rounds below its
 * exact value's whole part.
 */
export function ceilWhole(value: number): number {
  return Math.ceil(value - Math.min(1e-6, Math.abs(value) * 1e-12));
}

function byScenario<T>(make: (scenario: Scenario) => T): Record<Scenario, T> {
  return { cautious: make('cautious'), expected: make('expected'), ambitious: make('ambitious') };
}

/** A rate the arithmetic can divide by: finite, above 0 and at most 100 percent. */
export function usableRate(rate: number | null | undefined): rate is number {
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 && rate <= 100;
}

function goalProblem(goal: number | null): PlanWarning | null {
  if (goal === null || !Number.isFinite(goal) || goal <= 0)
    return {
      kind: 'no-goal',
      severity: 'info',
      message: 'Set a goal above zero to work backwards to the volume each phase needs.',
    };
  if (goal > maxGoal)
    return {
      kind: 'goal-too-large',
      severity: 'problem',
      message: `A goal of ${formatWhole(goal)} is beyond what can be planned; the planner works with goals up to ${formatWhole(maxGoal)}.`,
    };
  return null;
}

function validBaseline(baseline: number | null): number | null {
  return baseline !== null && Number.isFinite(baseline) && baseline >= 0 ? baseline : null;
}

function clampBuffer(buffer: number): number {
  if (!Number.isFinite(buffer)) return 0;
  return Math.min(maxBufferPercent, Math.max(0, buffer));
}

/**
 * Works backwards from the goal: the goal phase needs the goal plus the buffer; each earlier phase
 * needs the next one's volume divided by its rate, rounded up to whole people. A zero, missing or
 * impossible rate stops the chain for that scenario and is reported, never divided by.
 */
export function workBackwards(input: PlannerInput): WorkBackwardsPlan {
  const all = input.phases.map((phase, index) => ({
    ...phase,
    name: phaseLabel(phase.name, index),
    baseline: validBaseline(phase.baseline),
  }));
  const found = all.findIndex((phase) => phase.id === input.goalPhaseId);
  const goalIndex = found >= 0 ? found : all.length - 1;
  const planned = all.slice(0, goalIndex + 1);
  const afterGoal = all.slice(goalIndex + 1).map(({ id, name }) => ({ phaseId: id, name }));

  if (planned.length === 0) {
    return {
      bufferedGoal: null,
      phases: [],
      afterGoal,
      overallPercent: byScenario(() => null),
      warnings: [
        {
          kind: 'no-phases',
          severity: 'info',
          message: 'Map the journey first: the plan works backwards through its phases.',
        },
      ],
    };
  }

  const problem = goalProblem(input.goal);
  const goal = problem ? null : (input.goal as number);
  const bufferedGoal =
    goal === null ? null : ceilWhole(goal * (1 + clampBuffer(input.bufferPercent) / 100));

  const overflows: PlanWarning[] = [];
  const volumes = byScenario((scenario) => {
    const column: (number | null)[] = planned.map(() => null);
    column[goalIndex] = bufferedGoal;
    for (let index = goalIndex - 1; index >= 0; index -= 1) {
      const next = column[index + 1] ?? null;
      const rate = planned[index]?.rates[scenario];
      if (next === null || !usableRate(rate)) break;
      const needed = ceilWhole(next / (rate / 100));
      if (needed > maxVolume) {
        overflows.push(beyondBound(planned[index]?.name ?? '', planned[index]?.id ?? '', scenario));
        break;
      }
      column[index] = needed;
    }
    return column;
  });

  const phases: PhaseVolumes[] = planned.map((phase, index) => ({
    phaseId: phase.id,
    name: phase.name,
    baseline: phase.baseline,
    volumes: byScenario((scenario) => volumes[scenario][index] ?? null),
  }));

  const overallPercent = byScenario((scenario) => {
    if (planned.length < 2) return null;
    let product = 100;
    for (const phase of planned.slice(0, -1)) {
      const rate = phase.rates[scenario];
      if (!usableRate(rate)) return null;
      product *= rate / 100;
    }
    return product;
  });

  const warnings: PlanWarning[] = [
    ...(problem ? [problem] : []),
    ...rateWarnings(planned),
    ...overflows,
    ...aboveBaselineWarnings(phases),
    ...overallConversionWarnings(overallPercent, planned),
  ];
  return { bufferedGoal, phases, afterGoal, overallPercent, warnings };
}

function beyondBound(name: string, phaseId: string, scenario: Scenario): PlanWarning {
  return {
    kind: 'beyond-bound',
    severity: 'problem',
    phaseId,
    scenarios: [scenario],
    message: `${name} would need more than a trillion in the ${scenario} scenario: lower the goal or raise the rates.`,
  };
}
