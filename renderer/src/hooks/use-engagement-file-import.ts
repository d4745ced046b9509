import { useCallback, useState } from 'react';
import type { EngagementFile } from '../../../shared/engagement-file/format';
import type { EngagementFileRead } from '../../../shared/engagement-file/import-outcome';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  AlreadyOnThisLaptopError,
  engagementFileRepository,
} from '../db/repositories/engagement-file-repository';
import { platformApi } from '../platform/session-studio-api';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** The file is protected: main holds it under `ticket` until the passphrase opens it. */
  | {
      kind: 'asking-passphrase';
      fileName: string;
      ticket: string;
      /** Why the last passphrase did not open it; null before the first try. */
      problem: string | null;
      unlocking: boolean;
    }
  /** The same engagement is already here: import a copy, or nothing. */
  | { kind: 'asking-copy'; fileName: string; file: EngagementFile }
  | { kind: 'refused'; fileName: string | null; problems: string[] };

const idle: ImportState = { kind: 'idle' };

function linesOf(error: unknown): string[] {
  return (error instanceof Error ? error.message : String(error)).split('\n');
}

/**
 * Import an engagement file: main reads and checks it (asking for its passphrase when it is
 * protected), then the repository writes it whole. Never overwrites: when the engagement is
 * already here, the consultant chooses a copy or nothing.
 */
export function useEngagementFileImport(onImported: (engagementId: string) => void) {
  const [state, setState] = useState<ImportState>(idle);

  const write = useCallback(
    async (file: EngagementFile, fileName: string, asCopy: boolean) => {
      setState({ kind: 'busy' });
      try {
        const engagementId = await engagementFileRepository.importFile(file, { asCopy });
        setState(idle);
        onImported(engagementId);
      } catch (error) {
        // Some of its rows are here after all (an earlier import of it, say): offer the copy.
        if (error instanceof AlreadyOnThisLaptopError && !asCopy)
          setState({ kind: 'asking-copy', fileName, file });
        else setState({ kind: 'refused', fileName, problems: linesOf(error) });
      }
    },
    [onImported],
  );

  /** Goes on from what main answered about the file, whichever door it came through. */
  const receive = useCallback(
    async (ask: () => Promise<IpcResult<EngagementFileRead>>) => {
      try {
        const result = await ask();
        if (!result.ok) {
          setState({ kind: 'refused', fileName: null, problems: [result.error.message] });
          return;
        }
        const outcome = result.value;
        if (outcome.status === 'cancelled') setState(idle);
        else if (outcome.status === 'locked')
          setState({ kind: 'asking-passphrase', ...outcome, unlocking: false });
        else if (outcome.status === 'refused')
          setState({ kind: 'refused', fileName: outcome.fileName, problems: outcome.problems });
        else if (await engagementFileRepository.isOnThisLaptop(outcome.file.engagement.id))
          setState({ kind: 'asking-copy', fileName: outcome.fileName, file: outcome.file });
        else await write(outcome.file, outcome.fileName, false);
      } catch (error) {
        setState({ kind: 'refused', fileName: null, problems: linesOf(error) });
      }
    },
    [write],
  );

  const start = useCallback(async () => {
    setState({ kind: 'busy' });
    await receive(() => platformApi().importEngagementFile(null));
  }, [receive]);

  const unlock = useCallback(
    async (passphrase: string) => {
      if (state.kind !== 'asking-passphrase' || state.unlocking) return;
      setState({ ...state, unlocking: true });
      await receive(() => platformApi().unlockEngagementFile({ ticket: state.ticket, passphrase }));
    },
    [state, receive],
  );

  const importAsCopy = useCallback(() => {
    if (state.kind === 'asking-copy') void write(state.file, state.fileName, true);
  }, [state, write]);

  return {
    state,
    start,
    unlock,
    importAsCopy,
    dismiss: useCallback(() => setState(idle), []),
  };
}
