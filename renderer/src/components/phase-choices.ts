import type { JourneyPhase } from '../../../shared/domain/journey-phase';
import { phaseLabel } from '../../../shared/planning/work-backwards';
import type { Choice } from './ChoiceField';

/** The journey's phases as choices of a drop-down, named as the planner names them. */
export function phaseChoices(
  phases: readonly Pick<JourneyPhase, 'id' | 'name'>[],
): Choice<string>[] {
  return phases.map((phase, index) => ({ value: phase.id, label: phaseLabel(phase.name, index) }));
}
