import { join } from 'node:path';
import { z } from 'zod';
import { newestBackedUpUnit } from './automatic-backups';
import { JournalAppender, parseJournal } from './journal-file';
import { findLegacyCopy, readLegacyCopy, setLegacyCopyAside } from './legacy-layout';
import { LiveCopy } from './live-copy';
import { journalGeneration, type SafetyPaths } from './safety-paths';
import type { SafetyStore } from './safety-store';
import { parseUnit, serializeUnit, unitFileChecksum, unitFileName } from './unit-file';
import {
  parseCopyManifest,
  serializeCopyManifest,
  type CopyManifest,
  type UnitEntries,
} from './unit-manifest';
import { UnitState } from './unit-state';

export interface LoadedCopy {
  copy: LiveCopy;
  /** When client data was first kept here (the marker), or null. */
  dataSince: number | null;
  /** Batches replayed from the journals: when any, they are folded into unit files soon. */
  replayedBatches: number;
  /** The copy was converted from the layout of an earlier version at this load. */
  convertedLayout: boolean;
}

const markerSchema = z.object({ dataSince: z.number() });

export function markerText(dataSince: number): string {
  return JSON.stringify({ dataSince });
}

function parseMarker(text: string | null): number | null {
  if (text === null) return null;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.dataSince : null;
  } catch {
    // An unreadable marker still says data existed; when is unknown.
    return 0;
  }
}

/** Temp files of an atomic write that a crash interrupted; nothing else writes here at load. */
async function removeLeftoverTempFiles(store: SafetyStore, folder: string): Promise<void> {
  for (const name of await store.list(folder)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await store.remove(join(folder, name));
  }
}

/** Writes units as unit files and a manifest naming them: the commit point of a conversion. */
async function writeUnits(
  store: SafetyStore,
  paths: SafetyPaths,
  units: Map<string, UnitState>,
  savedAt: number,
): Promise<CopyManifest> {
  const entries: UnitEntries = {};
  for (const [unit, state] of units) {
    const summary = state.summary();
    if (summary.rows === 0 && summary.deleted === 0) continue;
    const file = serializeUnit({
      unit,
      savedAt,
      rowsVersion: state.rowsVersion,
      tables: state.toTables(),
    });
    await store.writeAtomic(paths.unit(unitFileName(file.checksum)), file.text);
    entries[unit] = {
      checksum: file.checksum,
      bytes: file.bytes,
      ...summary,
      label: state.label(),
    };
  }
  const manifest: CopyManifest = { savedAt, journal: 1, units: entries };
  await store.writeAtomic(paths.manifest, serializeCopyManifest(manifest));
  return manifest;
}

/** Converts a copy in the old layout: set aside untouched first, then read from there. */
async function convertLegacyLayout(
  store: SafetyStore,
  paths: SafetyPaths,
  now: number,
): Promise<CopyManifest | null> {
  const legacy = await findLegacyCopy(store, paths);
  if (!legacy) return null;
  const folder = legacy.setAside ? legacy.folder : await setLegacyCopyAside(store, paths, now);
  return writeUnits(store, paths, await readLegacyCopy(store, folder), now);
}

/**
 * When the manifest is damaged or gone but unit files remain: the newest file of each unit (the
 * journals replayed after it redo anything newer). Reads every unit file, which only this rare
 * repair does.
 */
async function manifestFromUnitFiles(
  store: SafetyStore,
  paths: SafetyPaths,
  names: readonly string[],
  now: number,
): Promise<CopyManifest> {
  const newest = new Map<string, { savedAt: number; state: UnitState; name: string }>();
  for (const name of names) {
    const checksum = unitFileChecksum(name);
    const text = checksum ? await store.readText(paths.unit(name)) : null;
    const file = checksum && text !== null ? parseUnit(text, checksum) : null;
    if (!file || (newest.get(file.unit)?.savedAt ?? -1) >= file.savedAt) continue;
    newest.set(file.unit, {
      savedAt: file.savedAt,
      state: UnitState.fromTables(file.tables),
      name,
    });
  }
  return writeUnits(
    store,
    paths,
    new Map([...newest].map(([unit, { state }]) => [unit, state])),
    now,
  );
}

/**
 * Rebuilds main's copy at the first use in a run: the manifest (converting the old layout first
 * when that is what is on disk), then every complete journal line written since, loading only the
 * units those lines change. A torn last line is cut off; a damaged line is skipped and reported.
 * Nothing here throws on bad content, only on a file system failure.
 */
export async function loadSafetyCopy(
  store: SafetyStore,
  paths: SafetyPaths,
  now: number,
): Promise<LoadedCopy> {
  for (const folder of [paths.folder, paths.units, paths.backups]) {
    await store.makeFolder(folder);
    await removeLeftoverTempFiles(store, folder);
  }
  const dataSince = parseMarker(await store.readText(paths.marker));
  const notices: string[] = [];

  const manifestText = await store.readText(paths.manifest);
  let manifest = manifestText === null ? null : parseCopyManifest(manifestText);
  let convertedLayout = false;
  if (manifestText === null) {
    manifest = await convertLegacyLayout(store, paths, now);
    convertedLayout = manifest !== null;
  }
  const unitNames = await store.list(paths.units);
  if (!manifest && unitNames.some((name) => unitFileChecksum(name) !== null)) {
    manifest = await manifestFromUnitFiles(store, paths, unitNames, now);
    notices.push(
      'Session Studio found the index of its safety copy damaged and rebuilt it from the engagements it holds.',
    );
  } else if (!manifest && manifestText !== null)
    notices.push(
      'Session Studio could not read its safety copy, and found nothing to rebuild it from.',
    );
  manifest ??= { savedAt: now, journal: 1, units: {} };

  const generations = (await store.list(paths.folder))
    .map(journalGeneration)
    .filter((generation): generation is number => generation !== null)
    .sort((a, b) => a - b);
  // Journals already folded in, left by a fold interrupted after its manifest was written.
  for (const generation of generations.filter((generation) => generation < manifest.journal))
    await store.remove(paths.journal(generation));
  const toReplay = generations.filter((generation) => generation >= manifest.journal);
  const current = toReplay.at(-1) ?? manifest.journal;

  const copy = new LiveCopy(
    store,
    paths,
    manifest,
    current,
    new JournalAppender(store, paths.journal(current), 0),
    await store.list(paths.units),
    async (unit) => {
      const file = await newestBackedUpUnit(store, paths, unit);
      return file ? UnitState.fromTables(file.tables, file.rowsVersion) : null;
    },
  );

  let replayedBatches = 0;
  let damagedLines = 0;
  for (const generation of toReplay) {
    const journal = parseJournal((await store.readText(paths.journal(generation))) ?? '');
    for (const batch of journal.batches)
      for (const change of batch.changes) {
        (await copy.unit(change.unit)).apply(change, batch.at);
        copy.dirty.add(change.unit);
      }
    replayedBatches += journal.batches.length;
    damagedLines += journal.damagedLines;
    if (generation === current) {
      // A crash mid-append: cut the unacknowledged tail so the next line starts clean.
      if (journal.tornTail) await store.truncate(paths.journal(generation), journal.completeLength);
      copy.appender = new JournalAppender(store, paths.journal(generation), journal.completeLength);
    }
  }
  if (damagedLines > 0)
    notices.push(
      `Session Studio skipped ${damagedLines} damaged ${damagedLines === 1 ? 'entry' : 'entries'} in its safety journal.`,
    );
  copy.notices.push(...notices);
  return { copy, dataSince, replayedBatches, convertedLayout };
}
