import { useCallback, useEffect, useRef, useState } from 'react';
import type { FullBackupProgress } from '../../../shared/backups/backup-progress';
import { safetyCopySettled } from '../db/safety/take-backup';
import { platformApi } from '../platform/session-studio-api';

export type FullBackupState =
  | { kind: 'idle' }
  /** Under way: main's progress as last asked (`stage` null while it asks where to save). */
  | { kind: 'busy'; protectedFile: boolean; progress: FullBackupProgress; cancelling: boolean }
  /** The consultant cancelled it before it was written: there is no file. */
  | { kind: 'cancelled' }
  | { kind: 'saved'; filePath: string }
  | { kind: 'failed'; message: string };

/** How often the window asks main how far the backup has got. */
const pollMs = 200;

const starting: FullBackupProgress = { running: true, stage: null, done: 0, total: 0 };

/**
 * "Back up everything to a file…": main writes every engagement to the file chosen, protected
 * with the passphrase when one is given. Main holds the work; the window asks how far it has got,
 * and may cancel it until the file is being written.
 */
export function useFullBackupExport() {
  const [state, setState] = useState<FullBackupState>({ kind: 'idle' });
  const cancelAsked = useRef(false);
  const busy = state.kind === 'busy';

  useEffect(() => {
    if (!busy) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await platformApi().getFullBackupProgress(null);
      if (stopped) return;
      if (result.ok && result.value.running)
        setState((now) => (now.kind === 'busy' ? { ...now, progress: result.value } : now));
      timer = setTimeout(() => void ask(), pollMs);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [busy]);

  const start = useCallback(async (passphrase: string | null) => {
    cancelAsked.current = false;
    setState({
      kind: 'busy',
      protectedFile: passphrase !== null,
      progress: starting,
      cancelling: false,
    });
    // Main writes from its safety copy: everything typed so far reaches it first.
    await safetyCopySettled();
    if (cancelAsked.current) return setState({ kind: 'cancelled' });
    const result =
      passphrase === null
        ? await platformApi().exportFullBackup(null)
        : await platformApi().exportProtectedFullBackup({ passphrase });
    if (!result.ok) setState({ kind: 'failed', message: result.error.message });
    else if (result.value.status === 'saved')
      setState({ kind: 'saved', filePath: result.value.filePath });
    else setState(cancelAsked.current ? { kind: 'cancelled' } : { kind: 'idle' });
  }, []);

  const cancel = useCallback(async () => {
    cancelAsked.current = true;
    setState((now) => (now.kind === 'busy' ? { ...now, cancelling: true } : now));
    // Refused once the file is being written: it finishes, and says so when saved. Before main
    // has begun, the start above stops at once.
    await platformApi().cancelFullBackup(null);
  }, []);

  return {
    state,
    start,
    cancel,
    dismiss: useCallback(() => setState({ kind: 'idle' }), []),
  };
}

export type FullBackupExport = ReturnType<typeof useFullBackupExport>;
