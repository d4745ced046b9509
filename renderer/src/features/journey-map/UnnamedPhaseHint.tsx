import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { phaseDisplayName } from '../../../../shared/charts/chart-text';

/** A phase without a name still counts; say what it is called until it has one. */
export function UnnamedPhaseHint({ phase, index }: { phase: JourneyPhase; index: number }) {
  if (phase.name.trim() !== '') return null;
  return (
    <p className="field-hint journey-unnamed">
      Name this phase; the chart and the plan call it “{phaseDisplayName('', index)}” until then.
    </p>
  );
}
