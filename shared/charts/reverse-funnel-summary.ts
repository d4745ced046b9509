import { formatWhole } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';

type FunnelPhase = ReverseFunnelData['phases'][number];

/** 0 in the chart's data means the volume could not be worked out (a zero or missing rate). */
function volume(value: number): string | null {
  return Number.isFinite(value) && value >= 1 ? formatWhole(value) : null;
}

function describePhase(phase: FunnelPhase): string {
  const needs = (['cautious', 'expected', 'ambitious'] as const).map((scenario) => {
    const text = volume(phase[scenario]);
    return text === null ? `not worked out (${scenario})` : `${text} (${scenario})`;
  });
  const today =
    phase.baseline !== null && Number.isFinite(phase.baseline) && phase.baseline >= 0
      ? `; today ${formatWhole(phase.baseline)}`
      : '';
  return `${phase.name}: ${needs.join(', ')}${today}.`;
}

/**
 * The chart said in words: its text alternative on screen (aria-label, caption) and in
 * documents. Every phase's three volumes and today's, so nothing the bars show is lost.
 */
export function summariseReverseFunnel(data: ReverseFunnelData): string {
  const { phases } = data;
  const unit = data.unit.trim() || 'people';
  if (phases.length === 0) return 'There are no journey phases to work backwards through yet.';
  const worked = phases.some((phase) =>
    (['cautious', 'expected', 'ambitious'] as const).some((key) => volume(phase[key]) !== null),
  );
  if (!worked)
    return `No volumes are worked out yet for the ${phases.length === 1 ? 'one phase' : `${phases.length} phases`}: set a goal and the conversion rates.`;
  const first = phases[0] as FunnelPhase;
  const last = phases[phases.length - 1] as FunnelPhase;
  const opening =
    phases.length === 1
      ? `The ${unit} ${last.name} needs to reach the goal, in three scenarios.`
      : `The ${unit} each of ${phases.length} phases needs, worked backwards from ${last.name} to ${first.name}, in three scenarios.`;
  return [opening, ...phases.map(describePhase)].join(' ');
}
