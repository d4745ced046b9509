import type { TouchPoint } from '../../../../shared/domain/touch-point';
import type { RemovedJourneyPhase } from '../../db/repositories/journey-phase-repository';

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

/** "phase “Onboarding” and its 2 touch points", as the undo message names it. */
export function removedPhaseName({ phase, touchPoints }: RemovedJourneyPhase): string {
  const name = phase.name.trim() === '' ? 'an unnamed phase' : `phase ${quoted(phase.name)}`;
  if (touchPoints.length === 0) return name;
  return `${name} and its ${touchPoints.length === 1 ? 'touch point' : `${touchPoints.length} touch points`}`;
}

/** "touch point “Email”", or "an empty touch point". */
export function removedTouchPointName(point: TouchPoint): string {
  const text = point.channel.trim() || point.content.trim();
  return text === '' ? 'an empty touch point' : `touch point ${quoted(text)}`;
}
