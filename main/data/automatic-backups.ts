import { join } from 'node:path';
import {
  backupName,
  backupPolicy,
  backupsNewestFirst,
  backupsToRemove,
  backupTime,
} from './backup-rotation';
import { legacyFolderTime } from './legacy-layout';
import type { SafetyPaths } from './safety-paths';
import type { SafetyStore } from './safety-store';
import {
  parseBackupManifest,
  serializeBackupManifest,
  type BackupManifest,
  type CopyManifest,
  type UnitEntries,
} from './unit-manifest';
import { parseUnit, unitFileChecksum, unitFileName, type UnitFile } from './unit-file';

/**
 * Automatic backups: each one a manifest of the unit files the copy held at that moment, written
 * atomically with a checksum. Unit files are shared, so a backup costs a manifest plus the
 * engagements that changed since the last one; files no manifest names any more are removed.
 */
export async function writeBackup(
  store: SafetyStore,
  paths: SafetyPaths,
  backup: BackupManifest,
): Promise<string> {
  const name = backupName(backup.takenAt);
  await store.writeAtomic(paths.backup(name), serializeBackupManifest(backup));
  return name;
}

export interface ListedBackup {
  name: string;
  /** Null when the manifest is damaged (it fails its checksum or does not parse). */
  manifest: BackupManifest | null;
}

export async function listBackups(store: SafetyStore, paths: SafetyPaths): Promise<ListedBackup[]> {
  const listed: ListedBackup[] = [];
  for (const name of backupsNewestFirst(await store.list(paths.backups))) {
    const text = await store.readText(paths.backup(name));
    listed.push({ name, manifest: text === null ? null : parseBackupManifest(text) });
  }
  return listed;
}

export async function readBackupManifest(
  store: SafetyStore,
  paths: SafetyPaths,
  name: string,
): Promise<BackupManifest | null> {
  // The name comes from the renderer: only a backup's own name is read.
  if (backupTime(name) === null) return null;
  const text = await store.readText(paths.backup(name));
  return text === null ? null : parseBackupManifest(text);
}

/**
 * One unit a manifest names (a backup's or the copy's), read and checked against its checksum;
 * null when missing or damaged.
 */
export async function readManifestUnit(
  store: SafetyStore,
  paths: SafetyPaths,
  units: UnitEntries,
  unit: string,
): Promise<UnitFile | null> {
  const entry = units[unit];
  if (!entry) return null;
  const text = await store.readText(paths.unit(unitFileName(entry.checksum)));
  const file = text === null ? null : parseUnit(text, entry.checksum);
  return file && file.unit === unit ? file : null;
}

/** The engagements of a backup whose files are missing or fail their checksum. */
export async function damagedUnits(
  store: SafetyStore,
  paths: SafetyPaths,
  manifest: BackupManifest,
  units: readonly string[] = Object.keys(manifest.units),
): Promise<string[]> {
  const damaged: string[] = [];
  for (const unit of units)
    if (!(await readManifestUnit(store, paths, manifest.units, unit))) damaged.push(unit);
  return damaged;
}

/** The newest backup's readable version of a unit whose current file is damaged. */
export async function newestBackedUpUnit(
  store: SafetyStore,
  paths: SafetyPaths,
  unit: string,
): Promise<UnitFile | null> {
  for (const { manifest } of await listBackups(store, paths)) {
    const file = manifest ? await readManifestUnit(store, paths, manifest.units, unit) : null;
    if (file) return file;
  }
  return null;
}

/**
 * Keeps three backups from today and one a day for 14 days, removes an old layout set aside
 * longer ago than that, then removes every unit file that neither the copy nor a kept backup
 * names. Called only while no fold is writing (unit files not yet in a manifest are not removed).
 * `known` holds the manifests this run wrote or read already, by name: a backup never changes once
 * written, so each is read once a run rather than at every backup. Returns the unit files removed.
 */
export async function pruneBackups(
  store: SafetyStore,
  paths: SafetyPaths,
  copy: CopyManifest,
  now: number,
  /** A backup kept this time whatever its age: the one a restore is about to read. */
  keep?: string,
  known: Map<string, BackupManifest> = new Map(),
): Promise<string[]> {
  for (const name of backupsToRemove(await store.list(paths.backups), now))
    if (name !== keep) await store.remove(paths.backup(name));
  const window = backupPolicy.keepDays * 24 * 3_600_000;
  for (const name of await store.list(paths.folder)) {
    const setAside = legacyFolderTime(name);
    if (setAside !== null && setAside < now - window) await store.remove(join(paths.folder, name));
  }
  const named = new Set(Object.values(copy.units).map((entry) => entry.checksum));
  const kept = new Set(backupsNewestFirst(await store.list(paths.backups)));
  for (const name of known.keys()) if (!kept.has(name)) known.delete(name);
  for (const name of kept) {
    let manifest = known.get(name) ?? null;
    if (!manifest) {
      const text = await store.readText(paths.backup(name));
      manifest = text === null ? null : parseBackupManifest(text);
      // A damaged manifest cannot say which files it needs: keep them all this time.
      if (!manifest) return [];
      known.set(name, manifest);
    }
    for (const entry of Object.values(manifest.units)) named.add(entry.checksum);
  }
  const removed: string[] = [];
  for (const name of await store.list(paths.units)) {
    const checksum = unitFileChecksum(name);
    if (checksum && !named.has(checksum)) {
      await store.remove(paths.unit(name));
      removed.push(name);
    }
  }
  return removed;
}
