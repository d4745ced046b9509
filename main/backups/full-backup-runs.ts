import {
  canCancelFullBackupAt,
  type FullBackupProgress,
  type FullBackupStage,
} from '../../shared/backups/backup-progress';
import { UserFacingError } from '../ipc/dispatch';

/** Thrown inside a full backup's work when the consultant cancelled it: nothing is written. */
export class FullBackupCancelledError extends Error {
  constructor() {
    super('The full backup was cancelled.');
    this.name = 'FullBackupCancelledError';
  }
}

/** The full backup under way: what it is doing, and whether it was cancelled. */
export interface FullBackupRun {
  /** A stage begins; throws FullBackupCancelledError when the backup was cancelled before. */
  reached(stage: Exclude<FullBackupStage, 'saving'>): void;
  /** One more engagement read of `total`; throws when cancelled. */
  read(done: number, total: number): void;
  /** The write begins: from here it is no longer cancelled. Throws when it was cancelled before. */
  beginSaving(): void;
  /** Done, saved or not. */
  end(): void;
}

/**
 * The one full backup to a file that may run at a time: the window asks how far it has got and
 * may cancel it (it never holds a handle on main's work).
 */
export function createFullBackupRuns() {
  let current: { progress: FullBackupProgress; cancelled: boolean } | null = null;

  return {
    start(): FullBackupRun {
      if (current)
        throw new UserFacingError(
          'Every engagement is already being backed up to a file; wait for it or cancel it first.',
        );
      const run = {
        progress: { running: true, stage: null, done: 0, total: 0 } as FullBackupProgress,
        cancelled: false,
      };
      current = run;
      const stopIfCancelled = () => {
        if (run.cancelled) throw new FullBackupCancelledError();
      };
      return {
        reached(stage) {
          stopIfCancelled();
          run.progress = { ...run.progress, stage };
        },
        read(done, total) {
          stopIfCancelled();
          run.progress = { ...run.progress, stage: 'reading', done, total };
        },
        beginSaving() {
          stopIfCancelled();
          run.progress = { ...run.progress, stage: 'saving' };
        },
        end() {
          if (current === run) current = null;
        },
      };
    },

    progress(): FullBackupProgress {
      return current?.progress ?? { running: false, stage: null, done: 0, total: 0 };
    },

    cancel(): boolean {
      if (!current || !canCancelFullBackupAt(current.progress.stage)) return false;
      current.cancelled = true;
      return true;
    },
  };
}

export type FullBackupRuns = ReturnType<typeof createFullBackupRuns>;
