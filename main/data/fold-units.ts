import { journalGeneration, type SafetyPaths } from './safety-paths';
import type { SafetyStore } from './safety-store';
import { JournalAppender } from './journal-file';
import type { LiveCopy } from './live-copy';
import { serializeUnit, unitFileName, type SerializedUnit } from './unit-file';
import { serializeCopyManifest, type CopyManifest, type UnitEntry } from './unit-manifest';
import { deletionMemoryMs } from './unit-state';

/** What a fold took from memory at one moment: the changed units as file texts. */
export interface CapturedUnits {
  savedAt: number;
  /** The journal generation that starts after the capture: the new manifest's replay point. */
  journalFrom: number;
  units: { unit: string; file: SerializedUnit; entry: Omit<UnitEntry, 'checksum' | 'bytes'> }[];
}

/**
 * Step one of a fold, done in turn with the appends (so it sees every acknowledged change and no
 * half of one): serializes each changed unit, and moves the appends on to a new journal, so the
 * files can be written while editing goes on. Null when nothing changed.
 */
export function captureChangedUnits(
  store: SafetyStore,
  paths: SafetyPaths,
  copy: LiveCopy,
  savedAt: number,
): CapturedUnits | null {
  if (copy.dirty.size === 0) return null;
  const units: CapturedUnits['units'] = [];
  for (const unit of copy.dirty) {
    const state = copy.units.get(unit);
    if (!state) continue;
    state.forgetDeletionsBefore(savedAt - deletionMemoryMs);
    units.push({
      unit,
      file: serializeUnit({
        unit,
        savedAt,
        rowsVersion: state.rowsVersion,
        tables: state.toTables(),
      }),
      entry: { ...state.summary(), label: state.label() },
    });
  }
  copy.dirty.clear();
  copy.generation += 1;
  copy.appender = new JournalAppender(store, paths.journal(copy.generation), 0);
  return { savedAt, journalFrom: copy.generation, units };
}

/**
 * Step two, outside the appends' turn: writes the changed units' files (a file already there is
 * the same content, by its name), then the manifest naming them, then removes the journals the
 * manifest no longer needs. Interrupted anywhere, the old manifest and its journals still hold
 * everything; on failure the units count as changed again, for the next fold.
 */
export async function writeCapturedUnits(
  store: SafetyStore,
  paths: SafetyPaths,
  copy: LiveCopy,
  captured: CapturedUnits,
): Promise<void> {
  try {
    const units: CopyManifest['units'] = { ...copy.manifest.units };
    for (const { unit, file, entry } of captured.units) {
      const name = unitFileName(file.checksum);
      if (!copy.unitFiles.has(name)) {
        await store.writeAtomic(paths.unit(name), file.text);
        copy.unitFiles.add(name);
      }
      if (entry.rows === 0 && entry.deleted === 0) delete units[unit];
      else units[unit] = { checksum: file.checksum, bytes: file.bytes, ...entry };
    }
    const manifest: CopyManifest = {
      savedAt: captured.savedAt,
      journal: captured.journalFrom,
      units,
    };
    await store.writeAtomic(paths.manifest, serializeCopyManifest(manifest));
    copy.manifest = manifest;
  } catch (error) {
    for (const { unit } of captured.units) copy.dirty.add(unit);
    throw error;
  }
  for (const name of await store.list(paths.folder)) {
    const generation = journalGeneration(name);
    if (generation !== null && generation < captured.journalFrom)
      await store.remove(paths.journal(generation));
  }
}
