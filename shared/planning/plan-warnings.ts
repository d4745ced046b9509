import { scenarios, type Scenario } from '../domain/plan';
import { formatPercent, formatTimes, formatWhole } from './number-format';

export type PlanWarningKind =
  | 'no-phases'
  | 'no-goal'
  | 'goal-too-large'
  | 'zero-rate'
  | 'missing-rate'
  | 'rate-out-of-range'
  | 'beyond-bound'
  | 'above-baseline'
  | 'implausible-overall'
  | 'scenario-order';

/** Something unrealistic or missing in a plan, worded for the consultant. */
export interface PlanWarning {
  kind: PlanWarningKind;
  /** problem: the plan cannot be worked out as set; caution: unrealistic; info: not set yet. */
  severity: 'problem' | 'caution' | 'info';
  message: string;
  /** The phase it is about (for a rate, the phase the rate leaves from). */
  phaseId?: string;
  scenarios?: Scenario[];
}

/** A required volume more than this many times today's volume is flagged as unrealistic. */
export const unrealisticBaselineFactor = 3;

/** Overall conversion from the first phase to the goal outside this range is flagged. */
export const plausibleOverallPercent = { min: 0.01, max: 50 } as const;

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "6,600" when the values read the same, "3,300 to 13,200" otherwise. */
function spanOf(values: readonly number[], format: (value: number) => string): string {
  const texts = [...new Set(values.map(format))];
  if (texts.length === 1) return texts[0] ?? '';
  const sorted = [...values].sort((a, b) => a - b);
  return `${format(sorted[0] as number)} to ${format(sorted[sorted.length - 1] as number)}`;
}

const scenarioWords = (list: readonly Scenario[]) =>
  `${joinWords(list)} scenario${list.length > 1 ? 's' : ''}`;

interface RatedPhase {
  id: string;
  name: string;
  rates: Record<Scenario, number | null>;
}

type RateState = 'missing' | 'out-of-range' | 'zero' | 'usable';

function rateState(rate: number | null | undefined): RateState {
  if (rate === null || rate === undefined) return 'missing';
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) return 'out-of-range';
  return rate === 0 ? 'zero' : 'usable';
}

/** Rates the arithmetic cannot use (zero, missing, outside 0–100 %) and scenarios out of order. */
export function rateWarnings(phases: readonly RatedPhase[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  phases.slice(0, -1).forEach((from, index) => {
    const to = phases[index + 1] as RatedPhase;
    const pair = `from ${from.name} to ${to.name}`;
    const inState = (state: RateState) =>
      scenarios.filter((scenario) => rateState(from.rates[scenario]) === state);
    const rates = (list: Scenario[]) =>
      `${joinWords(list)} rate${list.length > 1 ? 's' : ''} ${pair}`;

    const said: [
      RateState,
      PlanWarningKind,
      PlanWarning['severity'],
      (list: Scenario[]) => string,
    ][] = [
      [
        'zero',
        'zero-rate',
        'problem',
        (list) =>
          `Cannot reach ${to.name}: the ${rates(list)} ${list.length > 1 ? 'are' : 'is'} 0 %.`,
      ],
      [
        'out-of-range',
        'rate-out-of-range',
        'problem',
        (list) => `The ${rates(list)} must be between 0 and 100 %.`,
      ],
      [
        'missing',
        'missing-rate',
        'info',
        (list) => `Set the ${rates(list)} to work back to ${from.name}.`,
      ],
    ];
    for (const [state, kind, severity, message] of said) {
      const list = inState(state);
      if (list.length > 0)
        warnings.push({
          kind,
          severity,
          phaseId: from.id,
          scenarios: list,
          message: message(list),
        });
    }
    warnings.push(...scenarioOrderWarnings(from, pair));
  });
  return warnings;
}

function scenarioOrderWarnings(from: RatedPhase, pair: string): PlanWarning[] {
  const usable = scenarios.filter((scenario) => rateState(from.rates[scenario]) === 'usable');
  for (const [lower, higher] of [
    ['cautious', 'expected'],
    ['expected', 'ambitious'],
    ['cautious', 'ambitious'],
  ] as const) {
    if (!usable.includes(lower) || !usable.includes(higher)) continue;
    const low = from.rates[lower] as number;
    const high = from.rates[higher] as number;
    if (low <= high) continue;
    return [
      {
        kind: 'scenario-order',
        severity: 'info',
        phaseId: from.id,
        scenarios: [lower, higher],
        message: `${pair[0]?.toUpperCase()}${pair.slice(1)}, the ${lower} rate (${formatPercent(low)}) is above the ${higher} rate (${formatPercent(high)}): cautious should be the lowest, ambitious the highest.`,
      },
    ];
  }
  return [];
}

interface PhaseNeeds {
  phaseId: string;
  name: string;
  baseline: number | null;
  volumes: Record<Scenario, number | null>;
}

/** Phases whose required volume is far above what they see today. */
export function aboveBaselineWarnings(phases: readonly PhaseNeeds[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const phase of phases) {
    const { baseline } = phase;
    if (baseline === null || !Number.isFinite(baseline) || baseline < 0) continue;
    const over = scenarios.filter((scenario) => {
      const volume = phase.volumes[scenario];
      if (volume === null) return false;
      return baseline === 0 ? volume > 0 : volume > unrealisticBaselineFactor * baseline;
    });
    if (over.length === 0) continue;
    const needs = spanOf(
      over.map((scenario) => phase.volumes[scenario] as number),
      formatWhole,
    );
    const today =
      baseline === 0
        ? ' and sees none today'
        : `, ${spanOf(
            over.map((scenario) => (phase.volumes[scenario] as number) / baseline),
            formatTimes,
          )} today’s ${formatWhole(baseline)}: far above what it sees now`;
    warnings.push({
      kind: 'above-baseline',
      severity: 'caution',
      phaseId: phase.phaseId,
      scenarios: over,
      message: `${phase.name} needs ${needs} in the ${scenarioWords(over)}${today}.`,
    });
  }
  return warnings;
}

/** Overall conversion from the first phase to the goal phase outside a plausible range. */
export function overallConversionWarnings(
  overallPercent: Record<Scenario, number | null>,
  phases: readonly { name: string }[],
): PlanWarning[] {
  const first = phases[0]?.name ?? '';
  const last = phases[phases.length - 1]?.name ?? '';
  const outside = (test: (percent: number) => boolean) =>
    scenarios.filter((scenario) => {
      const percent = overallPercent[scenario];
      return percent !== null && Number.isFinite(percent) && test(percent);
    });
  const described = (list: Scenario[]) =>
    `${spanOf(
      list.map((scenario) => overallPercent[scenario] as number),
      formatPercent,
    )} in the ${scenarioWords(list)}`;
  const warnings: PlanWarning[] = [];
  const high = outside((percent) => percent > plausibleOverallPercent.max);
  if (high.length > 0)
    warnings.push({
      kind: 'implausible-overall',
      severity: 'caution',
      scenarios: high,
      message: `Overall conversion from ${first} to ${last} is ${described(high)}: above a plausible ${formatPercent(plausibleOverallPercent.max)}. Check the rates.`,
    });
  const low = outside((percent) => percent < plausibleOverallPercent.min);
  if (low.length > 0)
    warnings.push({
      kind: 'implausible-overall',
      severity: 'caution',
      scenarios: low,
      message: `Overall conversion from ${first} to ${last} is ${described(low)}: below a plausible ${formatPercent(plausibleOverallPercent.min)}. Check the rates.`,
    });
  return warnings;
}
