import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { PhaseNameField } from './PhaseFields';

/** The phase's number and its name, editable in place: the head of a grid column or a list card. */
export function PhaseTitle({
  phase,
  index,
  label,
  autoFocus,
}: {
  phase: JourneyPhase;
  index: number;
  label: string;
  autoFocus: boolean;
}) {
  return (
    <>
      <span className="journey-phase-number" aria-hidden="true">
        {index + 1}
      </span>
      <PhaseNameField phase={phase} index={index} label={label} autoFocus={autoFocus} />
    </>
  );
}
