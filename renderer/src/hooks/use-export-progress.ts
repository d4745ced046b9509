import { useEffect } from 'react';
import type { DocumentKind, ExportStage } from '../../../shared/documents/export-progress';
import { platformApi } from '../platform/session-studio-api';

/** How often the window asks main how far an export has got. */
const pollMs = 200;

/**
 * While an export of that document is under way, asks main how far it has got and tells each
 * stage as it changes. Main holds the work; the window only asks.
 */
export function useExportProgress(
  documentKind: DocumentKind | undefined,
  active: boolean,
  onStage: (stage: ExportStage | null) => void,
): void {
  useEffect(() => {
    if (!documentKind || !active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await platformApi().getExportProgress({ kind: documentKind });
      if (stopped) return;
      if (result.ok && result.value.running) onStage(result.value.stage);
      timer = setTimeout(() => void ask(), pollMs);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [documentKind, active, onStage]);
}
