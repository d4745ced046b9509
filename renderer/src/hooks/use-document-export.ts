import { useCallback, useState } from 'react';
import type { SaveOutcome } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'saved'; filePath: string }
  | { kind: 'failed'; message: string };

/**
 * Runs one export through the platform and keeps its outcome for the notice beside the button.
 * `run` passes its arguments on (an engagement file's passphrase, say).
 */
export function useDocumentExport<Args extends unknown[] = []>(
  exportDocument: (...args: Args) => Promise<IpcResult<SaveOutcome>>,
) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = useCallback(
    async (...args: Args) => {
      setState({ kind: 'exporting' });
      try {
        const result = await exportDocument(...args);
        if (!result.ok) setState({ kind: 'failed', message: result.error.message });
        else if (result.value.status === 'saved')
          setState({ kind: 'saved', filePath: result.value.filePath });
        else setState({ kind: 'idle' });
      } catch (error) {
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [exportDocument],
  );
  return { state, run, reset: () => setState({ kind: 'idle' }) };
}
