import { useCallback, useMemo } from 'react';
import {
  nextItem,
  pauseClock,
  previousItem,
  toggleClock,
  type ClockState,
} from '../../../../shared/domain/facilitator-clock';
import type { Session } from '../../../../shared/domain/session';
import { facilitatorClockRepository } from '../../db/repositories/facilitator-clock-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';

type Step = (state: ClockState, itemIds: readonly string[], now: number) => ClockState;

/**
 * The facilitator's buttons. Each press is applied to the stored clock inside one transaction
 * (never to a possibly stale copy on screen), so quick presses all count.
 */
export function useFacilitatorControls(session: Pick<Session, 'id' | 'engagementId'>) {
  const { error, run, clear } = useFailureMessage();
  const { id, engagementId } = session;

  const step = useCallback(
    (change: Step) => {
      const now = Date.now();
      return run(() =>
        facilitatorClockRepository.apply(
          { id, engagementId },
          (state, itemIds) => change(state, itemIds, now),
          now,
        ),
      );
    },
    [id, engagementId, run],
  );

  return useMemo(
    () => ({
      toggle: () => step(toggleClock),
      pause: () => step((state, _ids, now) => pauseClock(state, now)),
      next: () => step(nextItem),
      previous: () => step(previousItem),
      /** Writes the actual minutes the running clock implies, without changing the clock. */
      record: () => step((state) => state),
      reset: () => run(() => facilitatorClockRepository.reset(id)),
      error,
      clearError: clear,
    }),
    [step, run, id, error, clear],
  );
}
