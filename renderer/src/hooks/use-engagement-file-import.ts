import { useCallback, useRef, useState } from 'react';
import type { EngagementFile } from '../../../shared/engagement-file/format';
import type { EngagementFileRead } from '../../../shared/engagement-file/import-outcome';
import type { IpcResult } from '../../../shared/ipc/result';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { backUpCurrentState } from '../db/safety/take-backup';
import { platformApi } from '../platform/session-studio-api';

/**
 * Where the engagement comes from: a file the consultant picks, the sample that ships, or a file
 * opened from the desktop (double-clicked, or given on the command line).
 */
export type ImportSource = 'file' | 'sample' | 'opened';

/**
 * What an import is doing, in order. It can be cancelled until it writes: the write is one
 * transaction, whole or not at all, and short.
 */
export const importSteps = ['reading', 'backing-up', 'writing'] as const;
export type ImportStep = (typeof importSteps)[number];

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; source: ImportSource; step: ImportStep; cancelling: boolean }
  /** The consultant cancelled it before it wrote: nothing was imported. */
  | { kind: 'cancelled'; source: ImportSource }
  /** The file is protected: main holds it under `ticket` until the passphrase opens it. */
  | {
      kind: 'asking-passphrase';
      source: ImportSource;
      fileName: string;
      ticket: string;
      /** Why the last passphrase did not open it; null before the first try. */
      problem: string | null;
      unlocking: boolean;
    }
  /**
   * The same engagement is already here: import a copy, open the one here (`existingId`, when it
   * is here whole and not deleted), or nothing.
   */
  | {
      kind: 'asking-copy';
      source: ImportSource;
      fileName: string;
      file: EngagementFile;
      existingId: string | null;
    }
  | { kind: 'refused'; source: ImportSource; fileName: string | null; problems: string[] };

const idle: ImportState = { kind: 'idle' };

/**
 * The import's writing and checks (every schema of an engagement file) load with the first import,
 * not with the home: building them would delay every start.
 */
const loadImporter = () => import('../db/repositories/engagement-file-repository');
type Importer = Awaited<ReturnType<typeof loadImporter>>;

const readers: Record<ImportSource, () => Promise<IpcResult<EngagementFileRead>>> = {
  file: () => platformApi().importEngagementFile(null),
  sample: () => platformApi().readSampleEngagement(null),
  opened: () => platformApi().takeOpenedEngagementFile(null),
};

function linesOf(error: unknown): string[] {
  return (error instanceof Error ? error.message : String(error)).split('\n');
}

async function openableId(engagementId: string): Promise<string | null> {
  return (await engagementRepository.get(engagementId)) ? engagementId : null;
}

/**
 * Import an engagement file: main reads and checks it (asking for its passphrase when it is
 * protected), then the repository writes it whole. Never overwrites: when the engagement is already here, the consultant opens the one here,
 * imports a copy, or does nothing.
 */
export function useEngagementFileImport(onImported: (engagementId: string) => void) {
  const [state, setState] = useState<ImportState>(idle);
  const cancelAsked = useRef(false);
  // The step under way, read by cancel when it is pressed (the state it saw may be a step behind).
  const step = useRef<ImportStep | null>(null);
  const busy = useCallback((source: ImportSource, next: ImportStep) => {
    step.current = next;
    setState({ kind: 'busy', source, step: next, cancelling: cancelAsked.current });
  }, []);
  /** At each step before the write: true (and said) when the consultant cancelled. */
  const stopsHere = useCallback((source: ImportSource) => {
    if (!cancelAsked.current) return false;
    step.current = null;
    setState({ kind: 'cancelled', source });
    return true;
  }, []);

  const write = useCallback(
    async (
      source: ImportSource,
      file: EngagementFile,
      fileName: string,
      asCopy: boolean,
      // An automatic backup of the state before every import, so any import can be undone;
      // asked for as soon as the file is known to be readable, beside the checks that follow.
      backingUp: Promise<IpcResult<unknown>> = backUpCurrentState('import'),
    ) => {
      busy(source, 'backing-up');
      let importer: Importer | null = null;
      try {
        importer = await loadImporter();
        const backup = await backingUp;
        if (!backup.ok)
          throw new Error(
            `Session Studio could not back up the engagements before the import: ${backup.error.message} Nothing was imported.`,
          );
        if (stopsHere(source)) return;
        busy(source, 'writing');
        const engagementId = await importer.engagementFileRepository.importChecked(file, {
          asCopy,
        });
        step.current = null;
        setState(idle);
        onImported(engagementId);
      } catch (error) {
        // Some of its rows are here after all (an earlier import of it, say): offer the copy.
        if (importer && error instanceof importer.AlreadyOnThisLaptopError && !asCopy)
          setState({
            kind: 'asking-copy',
            source,
            fileName,
            file,
            existingId: await openableId(file.engagement.id),
          });
        else setState({ kind: 'refused', source, fileName, problems: linesOf(error) });
      }
    },
    [onImported, busy, stopsHere],
  );

  /**
   * Goes on from what main answered about a file, whichever door it came through. Resolves true
   * when a file came (imported, refused or asked about), false when none did.
   */
  const receive = useCallback(
    async (
      source: ImportSource,
      ask: () => Promise<IpcResult<EngagementFileRead>>,
    ): Promise<boolean> => {
      try {
        const result = await ask();
        // Main's read cannot be stopped, but its answer is set aside: nothing is written.
        if (stopsHere(source)) return false;
        if (!result.ok) {
          setState({ kind: 'refused', source, fileName: null, problems: [result.error.message] });
          return false;
        }
        const outcome = result.value;
        if (outcome.status === 'cancelled') {
          setState(idle);
          return false;
        } else if (outcome.status === 'locked')
          setState({ kind: 'asking-passphrase', source, ...outcome, unlocking: false });
        else if (outcome.status === 'refused')
          setState({
            kind: 'refused',
            source,
            fileName: outcome.fileName,
            problems: outcome.problems,
          });
        else {
          const backingUp = backUpCurrentState('import');
          // Awaited by the write; an import that goes no further leaves it taken, unread.
          backingUp.catch(() => undefined);
          const { engagementFileRepository } = await loadImporter();
          if (await engagementFileRepository.isOnThisLaptop(outcome.file.engagement.id))
            setState({
              kind: 'asking-copy',
              source,
              fileName: outcome.fileName,
              file: outcome.file,
              existingId: await openableId(outcome.file.engagement.id),
            });
          else await write(source, outcome.file, outcome.fileName, false, backingUp);
        }
        return true;
      } catch (error) {
        setState({ kind: 'refused', source, fileName: null, problems: linesOf(error) });
        return false;
      }
    },
    [write, stopsHere],
  );

  const start = useCallback(
    async (source: ImportSource = 'file'): Promise<boolean> => {
      cancelAsked.current = false;
      busy(source, 'reading');
      return receive(source, readers[source]);
    },
    [receive, busy],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (state.kind !== 'asking-passphrase' || state.unlocking) return;
      cancelAsked.current = false;
      setState({ ...state, unlocking: true });
      await receive(state.source, () =>
        platformApi().unlockEngagementFile({ ticket: state.ticket, passphrase }),
      );
    },
    [state, receive],
  );

  const importAsCopy = useCallback(() => {
    if (state.kind !== 'asking-copy') return;
    cancelAsked.current = false;
    void write(state.source, state.file, state.fileName, true);
  }, [state, write]);

  /** Cancels the import under way, unless it is already writing (then it finishes whole). */
  const cancel = useCallback(() => {
    if (step.current === null || step.current === 'writing') return;
    cancelAsked.current = true;
    setState((current) => (current.kind === 'busy' ? { ...current, cancelling: true } : current));
  }, []);

  const openExisting = useCallback(() => {
    if (state.kind !== 'asking-copy' || state.existingId === null) return;
    setState(idle);
    onImported(state.existingId);
  }, [state, onImported]);

  return {
    state,
    start,
    unlock,
    importAsCopy,
    openExisting,
    cancel,
    dismiss: useCallback(() => setState(idle), []),
  };
}

export type EngagementFileImport = ReturnType<typeof useEngagementFileImport>;
