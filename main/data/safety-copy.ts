import { join } from 'node:path';
import type {
  JournalAcknowledgement,
  JournalBatch,
  SafetyPage,
  SafetyPageRequest,
  SafetyStatus,
} from '../../shared/data/safety-copy-schemas';
import { backupName, backupsToRemove } from './backup-rotation';
import { loadSafetyCopy, markerText, type LoadedCopy } from './load-safety-copy';
import { JournalAppender } from './journal-file';
import { nodeSafetyFs, type SafetyFs } from './safety-fs';
import { safetyPaths } from './safety-paths';
import { deletionMemoryMs } from './safety-state';
import { serializeSnapshot } from './snapshot-file';

export interface SafetyCopyOptions {
  userDataPath: string;
  fs?: SafetyFs;
  now?: () => number;
  /** Changes appended before the journal is folded into a new snapshot (and backup). */
  snapshotEvery?: number;
}

/**
 * Main's independent copy of the client data: IndexedDB alone can lose a whole store when the
 * browser is killed mid-write, so every change the renderer commits is appended here too, and a
 * lost or partial store is rebuilt from it. Plain Node behind a file-system seam; one instance per
 * user-data folder, every operation in turn (appends must reach the disk in the order sent).
 */
export interface SafetyCopy {
  /** Appends a batch durably (write, fdatasync), then acknowledges it. */
  append(batch: JournalBatch): Promise<JournalAcknowledgement>;
  status(): Promise<SafetyStatus>;
  page(request: SafetyPageRequest): Promise<SafetyPage>;
  /** Folds the journal into a new snapshot and backup, and starts an empty journal. */
  snapshot(): Promise<void>;
  /** Waits for work in progress, then forgets the loaded copy (the next call reads the disk). */
  close(): Promise<void>;
  /**
   * At quit: folds the journal into a snapshot when anything was appended since the last one, then
   * closes. A copy never loaded in this run has nothing new and is left as it is on disk.
   */
  closeWithSnapshot(): Promise<void>;
}

interface Live extends LoadedCopy {
  changesSinceSnapshot: number;
  /** Journal lines not yet in a snapshot: only a fold that succeeded empties the journal. */
  unfoldedBatches: number;
  /** The last batch kept from each launch of the renderer, to ignore one sent twice. */
  lastSeq: Map<string, number>;
}

export function createSafetyCopy({
  userDataPath,
  fs = nodeSafetyFs,
  now = Date.now,
  snapshotEvery = 500,
}: SafetyCopyOptions): SafetyCopy {
  const paths = safetyPaths(userDataPath);
  let live: Live | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function ready(): Promise<Live> {
    if (live) return live;
    const loaded = await loadSafetyCopy(fs, paths);
    const copy: Live = {
      ...loaded,
      changesSinceSnapshot: 0,
      unfoldedBatches: loaded.replayedBatches,
      lastSeq: new Map(),
    };
    live = copy;
    // Fold what the journal held into a snapshot, after this call (the startup check waits for
    // it) and before the next.
    if (loaded.replayedBatches > 0)
      void inTurn(() => foldJournal(copy)).catch(reportSnapshotFailure);
    return copy;
  }

  async function foldJournal(copy: Live): Promise<void> {
    const takenAt = now();
    copy.state.forgetDeletionsBefore(takenAt - deletionMemoryMs);
    const text = serializeSnapshot({ takenAt, tables: copy.state.toSnapshot() });
    // The backup first: if the snapshot write is interrupted, the newest backup equals it.
    await fs.writeAtomic(join(paths.backups, backupName(takenAt)), text);
    await fs.writeAtomic(paths.snapshot, text);
    // Every journal line is in the snapshot now. Interrupted before this, the lines are replayed
    // again on top of the snapshot at the next start, which changes nothing.
    await fs.writeAtomic(paths.journal, '');
    copy.appender = new JournalAppender(fs, paths.journal, 0);
    copy.changesSinceSnapshot = 0;
    copy.unfoldedBatches = 0;
    for (const name of backupsToRemove(await fs.list(paths.backups), takenAt))
      await fs.remove(join(paths.backups, name));
  }

  return {
    append: (batch) =>
      inTurn(async () => {
        const copy = await ready();
        const last = copy.lastSeq.get(batch.client) ?? 0;
        if (batch.seq <= last) return { acknowledgedSeq: last };
        await copy.appender.append(batch);
        copy.unfoldedBatches += 1;
        for (const change of batch.changes) copy.state.apply(change, batch.at);
        copy.lastSeq.set(batch.client, batch.seq);
        if (copy.dataSince === null && copy.state.hasData()) {
          copy.dataSince = now();
          await fs.writeAtomic(paths.marker, markerText(copy.dataSince)).catch(() => undefined);
        }
        copy.changesSinceSnapshot += batch.changes.length;
        if (copy.changesSinceSnapshot >= snapshotEvery) {
          // After the acknowledgement, in turn: the next append waits for it.
          copy.changesSinceSnapshot = 0;
          void inTurn(() => foldJournal(copy)).catch(reportSnapshotFailure);
        }
        return { acknowledgedSeq: batch.seq };
      }),

    status: () =>
      inTurn(async () => {
        const copy = await ready();
        return {
          tables: copy.state.summary(),
          dataSince: copy.dataSince,
          notice: copy.notice,
          folder: paths.folder,
        };
      }),

    page: ({ table, offset, limit }) =>
      inTurn(async () => (await ready()).state.page(table, offset, limit)),

    snapshot: () => inTurn(async () => foldJournal(await ready())),

    close: () =>
      inTurn(async () => {
        live = null;
      }),

    closeWithSnapshot: () =>
      inTurn(async () => {
        const copy = live;
        try {
          if (copy && copy.unfoldedBatches > 0) await foldJournal(copy);
        } finally {
          live = null;
        }
      }),
  };
}

function reportSnapshotFailure(error: unknown): void {
  // The journal still holds every change, so nothing is lost; the next snapshot tries again.
  console.error('[safety] snapshot failed', error);
}
