import {
  canCancelAt,
  type DocumentKind,
  type ExportProgress,
  type ExportStage,
} from '../../shared/documents/export-progress';
import { UserFacingError } from '../ipc/user-facing-error';

/** One export under way: what it is doing, and the signal that tells its build to stop. */
export interface ExportRun {
  signal: AbortSignal;
  /** Told as each stage of the build starts. */
  reached(stage: ExportStage): void;
  /** The write begins: from here it is no longer cancelled. False when it was cancelled before. */
  beginSaving(): boolean;
  /** Done, saved or not. */
  end(): void;
}

const documentNames: Record<DocumentKind, string> = {
  'marketing-plan': 'marketing plan',
  'session-summary': 'session summary',
  agenda: 'session agenda',
};

/**
 * The document exports under way, one per kind of document: the window asks how far each has got
 * and may cancel it, naming the kind (it never holds a handle on main's work).
 */
export function createExportRuns() {
  const runs = new Map<DocumentKind, { controller: AbortController; stage: ExportStage | null }>();

  return {
    start(kind: DocumentKind): ExportRun {
      if (runs.has(kind))
        throw new UserFacingError(
          `The ${documentNames[kind]} is already being exported; wait for it or cancel it first.`,
        );
      const run = { controller: new AbortController(), stage: null as ExportStage | null };
      runs.set(kind, run);
      return {
        signal: run.controller.signal,
        reached: (stage) => {
          run.stage = stage;
        },
        beginSaving: () => {
          if (run.controller.signal.aborted) return false;
          run.stage = 'saving';
          return true;
        },
        end: () => {
          if (runs.get(kind) === run) runs.delete(kind);
        },
      };
    },

    progress(kind: DocumentKind): ExportProgress {
      const run = runs.get(kind);
      return run ? { running: true, stage: run.stage } : { running: false, stage: null };
    },

    cancel(kind: DocumentKind): boolean {
      const run = runs.get(kind);
      if (!run || !canCancelAt(run.stage)) return false;
      run.controller.abort();
      return true;
    },
  };
}

export type ExportRuns = ReturnType<typeof createExportRuns>;
