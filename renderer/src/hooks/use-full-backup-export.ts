import { useCallback, useState } from 'react';
import { safetyCopySettled } from '../db/safety/take-backup';
import { platformApi } from '../platform/session-studio-api';

export type FullBackupState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; filePath: string }
  | { kind: 'failed'; message: string };

/** "Back up everything to a file…": main writes every engagement to the file chosen. */
export function useFullBackupExport() {
  const [state, setState] = useState<FullBackupState>({ kind: 'idle' });
  const start = useCallback(async () => {
    setState({ kind: 'busy' });
    // Main writes from its safety copy: everything typed so far reaches it first.
    await safetyCopySettled();
    const result = await platformApi().exportFullBackup(null);
    if (!result.ok) setState({ kind: 'failed', message: result.error.message });
    else if (result.value.status === 'cancelled') setState({ kind: 'idle' });
    else setState({ kind: 'saved', filePath: result.value.filePath });
  }, []);
  return { state, start, dismiss: useCallback(() => setState({ kind: 'idle' }), []) };
}
