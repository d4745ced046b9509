import { useCallback, useState } from 'react';
import type { EngagementFile } from '../../../shared/engagement-file/format';
import {
  AlreadyOnThisLaptopError,
  engagementFileRepository,
} from '../db/repositories/engagement-file-repository';
import { platformApi } from '../platform/session-studio-api';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** The same engagement is already here: import a copy, or nothing. */
  | { kind: 'asking-copy'; fileName: string; file: EngagementFile }
  | { kind: 'refused'; fileName: string | null; problems: string[] };

const idle: ImportState = { kind: 'idle' };

function linesOf(error: unknown): string[] {
  return (error instanceof Error ? error.message : String(error)).split('\n');
}

/**
 * Import an engagement file: main reads and checks it, then the repository writes it whole.
 * Never overwrites: when the engagement is already here, the consultant chooses a copy or nothing.
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

  const start = useCallback(async () => {
    setState({ kind: 'busy' });
    try {
      const result = await platformApi().importEngagementFile(null);
      if (!result.ok) {
        setState({ kind: 'refused', fileName: null, problems: [result.error.message] });
        return;
      }
      const outcome = result.value;
      if (outcome.status === 'cancelled') setState(idle);
      else if (outcome.status === 'refused')
        setState({ kind: 'refused', fileName: outcome.fileName, problems: outcome.problems });
      else if (await engagementFileRepository.isOnThisLaptop(outcome.file.engagement.id))
        setState({ kind: 'asking-copy', fileName: outcome.fileName, file: outcome.file });
      else await write(outcome.file, outcome.fileName, false);
    } catch (error) {
      setState({ kind: 'refused', fileName: null, problems: linesOf(error) });
    }
  }, [write]);

  const importAsCopy = useCallback(() => {
    if (state.kind === 'asking-copy') void write(state.file, state.fileName, true);
  }, [state, write]);

  return { state, start, importAsCopy, dismiss: useCallback(() => setState(idle), []) };
}
