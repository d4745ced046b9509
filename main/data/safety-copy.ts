import type {
  JournalAcknowledgement,
  JournalBatch,
  SafetyPage,
  SafetyPageRequest,
  SafetyStatus,
} from '../../shared/data/safety-copy-schemas';
import {
  damagedUnits,
  listBackups,
  pruneBackups,
  readBackupManifest,
  readManifestUnit,
  writeBackup,
  type ListedBackup,
} from './automatic-backups';
import { libraryDigest } from '../../shared/data/units';
import { captureChangedUnits, writeCapturedUnits } from './fold-units';
import { loadSafetyCopy, markerText, type LoadedCopy } from './load-safety-copy';
import { nodeSafetyStore, type SafetyStore } from './safety-store';
import { safetyPaths } from './safety-paths';
import type { BackupManifest, BackupReason } from './unit-manifest';
import type { UnitFile } from './unit-file';

export interface SafetyCopyOptions {
  userDataPath: string;
  store?: SafetyStore;
  now?: () => number;
  /** Changes appended before the changed units are folded into their files. */
  snapshotEvery?: number;
  /** How often an automatic backup is taken while something changed (15 minutes). */
  backupEveryMs?: number;
  /** Takes an automatic backup when the copy is first loaded in a run (the app's launch). */
  backupAtLaunch?: boolean;
}

/**
 * Main's independent copy of the client data: IndexedDB alone can lose a whole store when the
 * browser is killed mid-write, so every change the renderer commits is appended here too, and a
 * lost or partial store is rebuilt from it. Kept per engagement (unit), so a start, a fold and a
 * backup cost what changed. Plain Node behind the SafetyStore seam; one instance per user-data
 * folder, appends in turn (they must reach the disk in the order sent), and folds and backups one
 * at a time beside them.
 */
export interface SafetyCopy {
  /**
   * Loads the copy now (manifest, journals) rather than at the first call that needs it: main
   * calls it at launch, while the window and its renderer load, so the startup check's question
   * finds the copy in memory whatever the library holds. Never rejects; a failure is met again,
   * and said, by the next call.
   */
  load(): Promise<void>;
  /** Appends a batch durably (write, fdatasync), then acknowledges it. */
  append(batch: JournalBatch): Promise<JournalAcknowledgement>;
  /**
   * Every unit's summary; given the renderer's library digest, only whether it agrees (units are
   * then left out when it does).
   */
  status(libraryDigestHere?: string | null): Promise<SafetyStatus>;
  page(request: SafetyPageRequest): Promise<SafetyPage>;
  /** Writes the changed units' files and a new manifest, and starts a new journal. */
  snapshot(): Promise<void>;
  /**
   * Folds, then writes an automatic backup; null when there is nothing to back up. `keep` names a
   * backup the rotation must not remove this time: the one a restore is about to read.
   */
  takeBackup(
    reason: BackupReason,
    options?: { keep?: string },
  ): Promise<{ name: string; manifest: BackupManifest } | null>;
  /** The automatic backups, newest first (a damaged one with a null manifest). */
  listBackups(): Promise<ListedBackup[]>;
  /** A backup's manifest, its checksum verified; null when missing or damaged. */
  readBackup(name: string): Promise<BackupManifest | null>;
  /** One engagement of a backup, its checksum verified; null when missing or damaged. */
  readBackupUnit(manifest: BackupManifest, unit: string): Promise<UnitFile | null>;
  /** The engagements of a backup whose files are missing or fail their checksum. */
  damagedInBackup(manifest: BackupManifest, units: readonly string[]): Promise<string[]>;
  /**
   * Folds, then hands each unit the copy holds, one at a time, read from its file, with how many
   * were handed out before it and how many there are.
   */
  readEveryUnit(
    visit: (unit: UnitFile, place: { done: number; total: number }) => void | Promise<void>,
  ): Promise<void>;
  /** Waits for work in progress, then forgets the loaded copy (the next call reads the disk). */
  close(): Promise<void>;
  /**
   * At quit: folds what changed since the last fold, then closes. A copy never loaded in this run
   * has nothing new and is left as it is on disk.
   */
  closeWithSnapshot(): Promise<void>;
}

interface Live extends LoadedCopy {
  changesSinceFold: number;
  changedSinceBackup: boolean;
  lastBackupAt: number;
  /** The last batch kept from each launch of the renderer, to ignore one sent twice. */
  lastSeq: Map<string, number>;
  timer: ReturnType<typeof setInterval> | null;
}

/** Loaded units kept in memory beyond the changed ones: the engagements in use. */
const unitsKeptLoaded = 16;

function serialQueue() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
    idle: () => queue.then(() => undefined),
  };
}

export function createSafetyCopy({
  userDataPath,
  store = nodeSafetyStore,
  now = Date.now,
  snapshotEvery = 500,
  backupEveryMs = 15 * 60_000,
  backupAtLaunch = true,
}: SafetyCopyOptions): SafetyCopy {
  const paths = safetyPaths(userDataPath);
  let live: Live | null = null;
  /** Appends, status and pages: the copy in memory and the journal. */
  const turn = serialQueue();
  /** Folds and backups: unit files, manifests and the backups folder. */
  const maintenance = serialQueue();
  /** The backups' manifests this run has written or read, by name (they never change). */
  const knownBackups = new Map<string, BackupManifest>();

  async function ready(): Promise<Live> {
    if (live) return live;
    const loaded = await loadSafetyCopy(store, paths, now());
    const copy: Live = {
      ...loaded,
      changesSinceFold: 0,
      changedSinceBackup: false,
      lastBackupAt: 0,
      lastSeq: new Map(),
      timer: null,
    };
    live = copy;
    copy.timer = setInterval(() => {
      if (live !== copy || !copy.changedSinceBackup) return;
      // Counted as backed up from here: a change from now on asks for the next one.
      copy.changedSinceBackup = false;
      void backup('interval').catch((error: unknown) => {
        copy.changedSinceBackup = true;
        report(error);
      });
    }, backupEveryMs);
    copy.timer.unref?.();
    // After this call (the startup check waits for it) and before the next one that needs it.
    if (loaded.convertedLayout) void backup('layout-migration').catch(report);
    else if (backupAtLaunch) void backup('launch').catch(report);
    else if (loaded.replayedBatches > 0) void fold().catch(report);
    return copy;
  }

  /** Both steps of a fold; run inside `maintenance`. */
  async function foldNow(copy: Live): Promise<void> {
    const captured = await turn.run(async () => {
      const result = captureChangedUnits(store, paths, copy.copy, now());
      if (result) copy.changesSinceFold = 0;
      return result;
    });
    if (!captured) return;
    await writeCapturedUnits(store, paths, copy.copy, captured);
    await turn.run(async () => copy.copy.evictClean(unitsKeptLoaded));
  }

  const fold = () =>
    maintenance.run(async () => {
      if (live) await foldNow(live);
    });

  const backup = (reason: BackupReason, { keep }: { keep?: string } = {}) =>
    maintenance.run(async () => {
      const copy = await turn.run(ready);
      const changed = copy.changedSinceBackup;
      copy.changedSinceBackup = false;
      try {
        await foldNow(copy);
      } catch (error) {
        copy.changedSinceBackup ||= changed;
        throw error;
      }
      const { manifest } = copy.copy;
      if (Object.keys(manifest.units).length === 0) return null;
      const takenAt = Math.max(now(), copy.lastBackupAt + 1);
      const backupManifest: BackupManifest = { takenAt, reason, units: manifest.units };
      const name = await writeBackup(store, paths, backupManifest);
      knownBackups.set(name, backupManifest);
      copy.lastBackupAt = takenAt;
      for (const removed of await pruneBackups(store, paths, manifest, takenAt, keep, knownBackups))
        copy.copy.unitFiles.delete(removed);
      return { name, manifest: backupManifest };
    });

  function stop(copy: Live | null) {
    if (copy?.timer) clearInterval(copy.timer);
    live = null;
  }

  return {
    load: () =>
      turn.run(ready).then(
        () => undefined,
        () => undefined,
      ),

    append: (batch) =>
      turn.run(async () => {
        const copy = await ready();
        const last = copy.lastSeq.get(batch.client) ?? 0;
        if (batch.seq <= last) return { acknowledgedSeq: last };
        await copy.copy.appender.append(batch);
        copy.lastSeq.set(batch.client, batch.seq);
        for (const change of batch.changes) {
          (await copy.copy.unit(change.unit)).apply(change, batch.at);
          copy.copy.dirty.add(change.unit);
        }
        copy.changedSinceBackup = true;
        if (copy.dataSince === null && copy.copy.hasData()) {
          copy.dataSince = now();
          await store.writeAtomic(paths.marker, markerText(copy.dataSince)).catch(() => undefined);
        }
        copy.changesSinceFold += batch.changes.length;
        if (copy.changesSinceFold >= snapshotEvery) {
          // After the acknowledgement, beside the appends: the next append does not wait for it.
          copy.changesSinceFold = -Infinity;
          void fold().catch(report);
        }
        return { acknowledgedSeq: batch.seq };
      }),

    status: (libraryDigestHere = null) =>
      turn.run(async () => {
        const copy = await ready();
        const units = copy.copy.summaries();
        const sameLibrary =
          libraryDigestHere !== null &&
          libraryDigest(Object.entries(units).map(([unit, { digest }]) => [unit, digest])) ===
            libraryDigestHere;
        return {
          units: sameLibrary ? {} : units,
          ...(libraryDigestHere !== null ? { sameLibrary } : {}),
          dataSince: copy.dataSince,
          notice: copy.copy.notices.length > 0 ? copy.copy.notices.join(' ') : null,
          folder: paths.folder,
        };
      }),

    page: ({ unit, offset, limit }) =>
      turn.run(async () => {
        const entries = await (await ready()).copy.entries(unit);
        const end = offset + limit;
        return {
          entries: entries.slice(offset, end),
          nextOffset: end < entries.length ? end : null,
        };
      }),

    snapshot: () =>
      maintenance.run(async () => {
        await foldNow(await turn.run(ready));
      }),

    takeBackup: backup,

    listBackups: () => maintenance.run(() => listBackups(store, paths)),

    readBackup: (name) => maintenance.run(() => readBackupManifest(store, paths, name)),

    readBackupUnit: (manifest, unit) =>
      maintenance.run(() => readManifestUnit(store, paths, manifest.units, unit)),

    damagedInBackup: (manifest, units) =>
      maintenance.run(() => damagedUnits(store, paths, manifest, units)),

    readEveryUnit: (visit) =>
      maintenance.run(async () => {
        const copy = await turn.run(ready);
        await foldNow(copy);
        const { manifest } = copy.copy;
        // The manifest's files never change, so they are read beside the appends.
        const units = Object.keys(manifest.units);
        for (const [done, unit] of units.entries()) {
          const file = await readManifestUnit(store, paths, manifest.units, unit);
          if (!file) throw new Error('The safety copy of one engagement could not be read.');
          await visit(file, { done, total: units.length });
        }
      }),

    close: async () => {
      await maintenance.idle();
      await turn.run(async () => stop(live));
    },

    closeWithSnapshot: async () => {
      // Appends in flight land first, so the fold holds them.
      await turn.idle();
      await maintenance.idle();
      try {
        if (live) await maintenance.run(() => foldNow(live!));
      } finally {
        await turn.run(async () => stop(live));
      }
    },
  };
}

function report(error: unknown): void {
  // The journal still holds every change, so nothing is lost; the next fold tries again.
  console.error('[safety] fold or backup failed', error);
}
