import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active`: the facilitator's display tick.
 * While paused nothing on screen depends on the time, so the value may then be stale.
 */
export function useFacilitatorNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
