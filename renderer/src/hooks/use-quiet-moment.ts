import { useEffect, useState } from 'react';
import { idlePeriod } from '../platform/idle-period';

/**
 * False until `enabled` and then a quiet moment of the page (an idle period, or `timeoutMs` at the
 * latest) have come: for work that can wait until what is on screen has been drawn.
 */
export function useQuietMoment(enabled: boolean, timeoutMs = 1_000): boolean {
  const [came, setCame] = useState(false);
  useEffect(() => {
    if (!enabled || came) return undefined;
    const wait = new AbortController();
    void idlePeriod({ timeoutMs, signal: wait.signal }).then((moment) => {
      if (moment) setCame(true);
    });
    return () => wait.abort();
  }, [enabled, came, timeoutMs]);
  return came;
}
