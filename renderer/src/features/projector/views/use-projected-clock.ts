import { useEffect, useState } from 'react';
import type { ProjectedAgenda } from '../projection/projection';

/**
 * The running item's elapsed time on the projector: the laptop's figure when it arrived, counted
 * on by this window's own clock while the item runs (so the laptop need not send every second,
 * and two windows' clocks need not agree). Frozen, it holds.
 */
export function useProjectedClock(
  clock: ProjectedAgenda['clock'],
  receivedAt: number,
  frozen: boolean,
): number {
  const ticking = clock !== null && clock.running && !frozen;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [ticking, receivedAt]);
  if (!clock) return 0;
  return ticking ? clock.elapsedMs + Math.max(0, now - receivedAt) : clock.elapsedMs;
}
