import { useEffect } from 'react';
import { platformApi } from '../platform/session-studio-api';
import { useQuietMoment } from './use-quiet-moment';

/**
 * Asks main to get its document builder ready (nothing when it is): only a head start, so should
 * it fail, the export loads what it needs itself.
 */
export function prepareExports(): void {
  void platformApi()
    .prepareExports(null)
    .catch(() => undefined);
}

/**
 * While an engagement is open: once the page has had a quiet moment (its worksheet drawn), main
 * is asked to get its document builder ready, so the consultant's first export of the session
 * does not wait for the document and chart libraries to load. Asked again for each engagement
 * opened; main does nothing when the builder is already ready.
 */
export function usePreparedExports(engagementId: string, timeoutMs = 2_000): void {
  const quiet = useQuietMoment(true, timeoutMs);
  useEffect(() => {
    if (quiet) prepareExports();
  }, [quiet, engagementId]);
}
