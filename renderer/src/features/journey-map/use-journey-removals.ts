import { useCallback, useState } from 'react';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { TouchPoint } from '../../../../shared/domain/touch-point';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { touchPointRepository } from '../../db/repositories/touch-point-repository';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';

/** A phase goes with its touch points and persona scores, and comes back with them on undo. */
const phaseWithDetails = {
  remove: (id: string) => journeyPhaseRepository.removeWithDetails(id),
  restore: journeyPhaseRepository.restoreWithDetails,
};

export interface PhaseRemovalRequest {
  phase: JourneyPhase;
  label: string;
  touchPointCount: number;
  /** Campaigns tied to the phase: they stay, without a phase, until one is chosen. */
  campaignCount: number;
}

/**
 * Removing phases and touch points: a phase with touch points or campaigns is confirmed first; either
 * removal can be undone for a few seconds, and only the latest one offers its undo.
 */
export function useJourneyRemovals() {
  const phases = useUndoableRemoval(phaseWithDetails);
  const touchPoints = useUndoableRemoval(touchPointRepository);
  const [confirming, setConfirming] = useState<PhaseRemovalRequest | null>(null);
  const { remove: removePhaseNow, dismiss: dismissPhase } = phases;
  const { remove: removePointNow, dismiss: dismissPoint } = touchPoints;

  const removePhase = useCallback(
    async (id: string) => {
      setConfirming(null);
      dismissPoint();
      await removePhaseNow(id);
    },
    [dismissPoint, removePhaseNow],
  );

  const requestPhaseRemoval = useCallback(
    (request: PhaseRemovalRequest) => {
      if (request.touchPointCount > 0 || request.campaignCount > 0) setConfirming(request);
      else void removePhase(request.phase.id);
    },
    [removePhase],
  );

  const removeTouchPoint = useCallback(
    (point: TouchPoint) => {
      dismissPhase();
      void removePointNow(point.id);
    },
    [dismissPhase, removePointNow],
  );

  return {
    phases,
    touchPoints,
    confirming,
    cancelConfirm: () => setConfirming(null),
    requestPhaseRemoval,
    removePhase,
    removeTouchPoint,
  };
}
