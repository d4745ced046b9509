import { join } from 'node:path';
import { z } from 'zod';
import { isTableName, tableSpecs, type TableName } from '../../shared/data/tables';
import { unitOfRow, unknownUnit } from '../../shared/data/units';
import type { SafetyPaths } from './safety-paths';
import type { SafetyStore } from './safety-store';
import { storedTablesSchema } from './unit-file';
import { UnitState } from './unit-state';

/**
 * The layout of the safety copy before it was kept per engagement: one snapshot of everything
 * (snapshot.json), one journal (journal.ndjson) and whole snapshots as backups
 * (backups/backup-<time>.json). At the first start of this version it is set aside, untouched,
 * in legacy-layout-<time>/ (the backup taken before the conversion), then converted from there.
 */
const legacySnapshotName = 'snapshot.json';
const legacyJournalName = 'journal.ndjson';
const legacyFormat = 'session-studio-safety-snapshot';
const legacyFolderPattern = /^legacy-layout-(\d+)$/;

type Row = Record<string, unknown>;

const legacySnapshotSchema = z.object({
  format: z.literal(legacyFormat),
  version: z.literal(1),
  takenAt: z.number(),
  tables: storedTablesSchema,
});

const legacyBatchSchema = z.object({
  at: z.number(),
  changes: z.array(
    z.object({
      table: z.string(),
      key: z.string(),
      row: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

export function legacyFolderName(time: number): string {
  return `legacy-layout-${time}`;
}

/** When a set-aside legacy folder was made, from its name; null for any other name. */
export function legacyFolderTime(name: string): number | null {
  const match = legacyFolderPattern.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * Where an unconverted copy in the old layout is: the safety folder itself, a folder it was
 * already set aside in (a conversion interrupted before it finished), or nowhere.
 */
export async function findLegacyCopy(
  store: SafetyStore,
  paths: SafetyPaths,
): Promise<{ folder: string; setAside: boolean } | null> {
  const names = await store.list(paths.folder);
  if (names.includes(legacySnapshotName) || names.includes(legacyJournalName))
    return { folder: paths.folder, setAside: false };
  const aside = names.filter((name) => legacyFolderTime(name) !== null).sort();
  const newest = aside.at(-1);
  return newest ? { folder: join(paths.folder, newest), setAside: true } : null;
}

function isLegacySnapshotText(text: string): boolean {
  return text.includes(`"format":"${legacyFormat}"`);
}

/** Moves every file of the old layout, unchanged, into a folder of its own. */
export async function setLegacyCopyAside(
  store: SafetyStore,
  paths: SafetyPaths,
  now: number,
): Promise<string> {
  const aside = join(paths.folder, legacyFolderName(now));
  const asideBackups = join(aside, 'backups');
  await store.makeFolder(asideBackups);
  for (const name of [legacySnapshotName, legacyJournalName])
    if ((await store.list(paths.folder)).includes(name))
      await store.move(join(paths.folder, name), join(aside, name));
  for (const name of await store.list(paths.backups)) {
    if (!name.startsWith('backup-')) continue;
    const text = await store.readText(paths.backup(name));
    if (text !== null && isLegacySnapshotText(text))
      await store.move(paths.backup(name), join(asideBackups, name));
  }
  return aside;
}

function parseLegacySnapshot(text: string | null) {
  if (text === null) return null;
  try {
    const parsed = legacySnapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

interface LegacyChange {
  table: TableName;
  key: string;
  row: Row | null;
  at: number;
}

/** The old copy's changes in order: the snapshot (or newest readable backup), then the journal. */
async function legacyChanges(store: SafetyStore, folder: string): Promise<LegacyChange[]> {
  const changes: LegacyChange[] = [];
  let snapshot = parseLegacySnapshot(await store.readText(join(folder, legacySnapshotName)));
  if (!snapshot) {
    const backups = (await store.list(join(folder, 'backups'))).sort().reverse();
    for (const name of backups) {
      snapshot = parseLegacySnapshot(await store.readText(join(folder, 'backups', name)));
      if (snapshot) break;
    }
  }
  for (const [table, stored] of Object.entries(snapshot?.tables ?? {})) {
    if (!isTableName(table)) continue;
    const keyField = tableSpecs[table].key;
    for (const row of stored.rows)
      if (typeof row[keyField] === 'string')
        changes.push({ table, key: row[keyField], row, at: 0 });
    for (const [key, at] of Object.entries(stored.deleted))
      changes.push({ table, key, row: null, at });
  }
  const journal = (await store.readText(join(folder, legacyJournalName))) ?? '';
  // Complete lines only: a torn last line was never acknowledged.
  for (const line of journal.slice(0, journal.lastIndexOf('\n') + 1).split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = legacyBatchSchema.safeParse(JSON.parse(line));
      if (!parsed.success) continue;
      for (const change of parsed.data.changes)
        if (isTableName(change.table))
          changes.push({ ...change, table: change.table, at: parsed.data.at });
    } catch {
      // A damaged line is skipped, as the old layout did.
    }
  }
  return changes;
}

/**
 * The old copy, per engagement. Each row goes to its engagement; a deletion, which the old layout
 * kept by key alone, goes to the engagement when it is an engagement's, else to the unknown unit
 * (the renderer checks those against every engagement it compares).
 */
export async function readLegacyCopy(
  store: SafetyStore,
  folder: string,
): Promise<Map<string, UnitState>> {
  const changes = await legacyChanges(store, folder);
  // Last state per row first, so each row's engagement is known before it is placed.
  const latest = new Map<string, LegacyChange>();
  for (const change of changes) {
    const id = `${change.table}\u0000${change.key}`;
    latest.delete(id);
    latest.set(id, change);
  }
  const sessionUnits = new Map<string, string>();
  for (const change of latest.values())
    if (change.table === 'sessions' && change.row && typeof change.row.engagementId === 'string')
      sessionUnits.set(change.key, change.row.engagementId);
  const units = new Map<string, UnitState>();
  for (const change of latest.values()) {
    const unit = change.row
      ? unitOfRow(change.table, change.row, (id) => sessionUnits.get(id))
      : change.table === 'engagements'
        ? change.key
        : unknownUnit;
    let state = units.get(unit);
    // The old layout held rows of engagement-file version 1 (or newer, which upgrading keeps).
    if (!state) units.set(unit, (state = UnitState.fromTables({}, 1)));
    state.apply(change, change.at);
  }
  return units;
}
