import { useCallback, useRef, useState } from 'react';
import type { DocumentKind, ExportStage } from '../../../shared/documents/export-progress';
import type { SaveOutcome } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { platformApi } from '../platform/session-studio-api';
import { useExportProgress } from './use-export-progress';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting'; stage: ExportStage | null; cancelling: boolean }
  | { kind: 'saved'; filePath: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * Runs one export through the platform and keeps its outcome for the notice beside the button.
 * Given the kind of document, it follows the export's progress and can cancel it; a second press
 * (or Ctrl+E) while one runs does nothing. `run` passes its arguments on (an engagement file's
 * passphrase, say).
 */
export function useDocumentExport<Args extends unknown[] = []>(
  exportDocument: (...args: Args) => Promise<IpcResult<SaveOutcome>>,
  documentKind?: DocumentKind,
) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef(false);
  const cancelAsked = useRef(false);

  const run = useCallback(
    async (...args: Args) => {
      if (running.current) return;
      running.current = true;
      cancelAsked.current = false;
      setState({ kind: 'exporting', stage: null, cancelling: false });
      try {
        const result = await exportDocument(...args);
        if (!result.ok) setState({ kind: 'failed', message: result.error.message });
        else if (result.value.status === 'saved')
          setState({ kind: 'saved', filePath: result.value.filePath });
        // Cancelled in the save dialog is no news; cancelled here, the consultant is told.
        else setState(cancelAsked.current ? { kind: 'cancelled' } : { kind: 'idle' });
      } catch (error) {
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        running.current = false;
      }
    },
    [exportDocument],
  );

  const onStage = useCallback(
    (stage: ExportStage | null) =>
      setState((current) => (current.kind === 'exporting' ? { ...current, stage } : current)),
    [],
  );
  useExportProgress(documentKind, state.kind === 'exporting', onStage);

  const setCancelling = (cancelling: boolean) =>
    setState((current) => (current.kind === 'exporting' ? { ...current, cancelling } : current));

  const cancel = useCallback(async () => {
    if (!documentKind || !running.current) return;
    cancelAsked.current = true;
    setCancelling(true);
    const result = await platformApi().cancelExport({ kind: documentKind });
    // Too late (it was already saving): the export finishes and says where it saved.
    if (!result.ok || !result.value.cancelled) {
      cancelAsked.current = false;
      setCancelling(false);
    }
  }, [documentKind]);

  return {
    state,
    run,
    /** For the export button: the document's progress and its cancel, when it has them. */
    progress: documentKind ? { documentKind, onCancel: () => void cancel() } : undefined,
    reset: () => setState({ kind: 'idle' }),
  };
}
