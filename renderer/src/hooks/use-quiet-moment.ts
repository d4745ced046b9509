import { useEffect, useState } from 'react';

/**
 * False until `enabled` and then a quiet moment of the page (an idle period, or `timeoutMs` at the
 * latest) have come: for work that can wait until what is on screen has been drawn.
 */
export function useQuietMoment(enabled: boolean, timeoutMs = 1_000): boolean {
  const [came, setCame] = useState(false);
  useEffect(() => {
    if (!enabled || came) return undefined;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setCame(true), 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(() => setCame(true), { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }, [enabled, came, timeoutMs]);
  return came;
}
