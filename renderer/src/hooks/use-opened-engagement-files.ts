import { useEffect, useRef, useState } from 'react';
import { platformApi } from '../platform/session-studio-api';
import { useEngagementFileImport } from './use-engagement-file-import';

/**
 * Engagement files opened from the desktop, imported one after the other through the same flow
 * as "Import engagement file…": main reads and checks each, the repository writes it, and the
 * same questions and refusals are shown. The next file is taken only once the previous one is
 * settled (imported, refused and dismissed, or its copy question answered).
 */
export function useOpenedEngagementFiles(onImported: (engagementId: string) => void) {
  const flow = useEngagementFileImport(onImported);
  // Files may be waiting from the app's launch, before this window listened: look once at start.
  const waiting = useRef(true);
  const [nudges, setNudges] = useState(0);
  const { start } = flow;
  const settled = flow.state.kind === 'idle';

  useEffect(
    () =>
      platformApi().onEngagementFilesOpened(() => {
        waiting.current = true;
        setNudges((count) => count + 1);
      }),
    [],
  );

  useEffect(() => {
    if (!waiting.current || !settled) return;
    waiting.current = false;
    void start('opened').then((came) => {
      if (!came) return;
      // There may be more: look again once this one is settled.
      waiting.current = true;
      setNudges((count) => count + 1);
    });
  }, [nudges, settled, start]);

  return flow;
}
