import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { atRestProtection } from '../../main/crypto/at-rest-protection';
import { protectedSafetyStore } from '../../main/crypto/at-rest-store';
import { createSafetyCopy, type SafetyCopyOptions } from '../../main/data/safety-copy';
import { safetyPaths } from '../../main/data/safety-paths';
import { parseCopyManifest } from '../../main/data/unit-manifest';
import type { JournalChange, SafetyEntry } from '../../shared/data/safety-copy-schemas';
import { indexedDbFolder } from '../../tests/e2e/harness/browser-crash';
import { keystoreStandIn } from '../../tests/main/crypto/keystore-stand-in';
import { percentile } from './report';

/** Bytes of every file under `path`. */
export function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const inside = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(inside) : statSync(inside).size;
  }
  return total;
}

export interface LibraryOnDisk {
  /** Everything in main's safety folder: copy, journals, backups. */
  safetyFolderBytes: number;
  /** What it protects: the engagements as the copy holds them now (its current unit files). */
  protectedBytes: number;
  indexedDbBytes: number;
}

export async function libraryOnDisk(profile: string): Promise<LibraryOnDisk> {
  const paths = safetyPaths(profile);
  const text = await protectedStore(profile).readText(paths.manifest);
  const manifest = text === null ? null : parseCopyManifest(text);
  if (!manifest) throw new Error('The safety copy’s manifest could not be read.');
  return {
    safetyFolderBytes: folderBytes(paths.folder),
    protectedBytes: Object.values(manifest.units).reduce((sum, unit) => sum + unit.bytes, 0),
    indexedDbBytes: folderBytes(indexedDbFolder(profile)),
  };
}

/**
 * The profile's safety copy as the app opens it: encrypted at rest with the key the harness's
 * keystore seals (read without it, every file would look damaged and be set aside).
 */
function protectedStore(profile: string) {
  const atRest = atRestProtection({ userDataPath: profile, keystore: keystoreStandIn() });
  return protectedSafetyStore(atRest);
}

function openCopy(profile: string, options: Omit<SafetyCopyOptions, 'userDataPath' | 'store'>) {
  return createSafetyCopy({ userDataPath: profile, store: protectedStore(profile), ...options });
}

/** Main's first answer in a run: loading the copy (manifest, journals) and summing it up. */
export async function safetyCopyLoadMs(profile: string): Promise<number> {
  const copy = openCopy(profile, { backupAtLaunch: false });
  const start = performance.now();
  await copy.status();
  const ms = performance.now() - start;
  await copy.close();
  return ms;
}

export interface AppendLatency {
  quietP95: number;
  /** While a fold writes the changed engagements' files. */
  duringFoldP95: number;
  appendsDuringFold: number;
  /** How many engagements each of those folds wrote. */
  foldedUnits: number;
}

/**
 * An edit acknowledged by main: one changed row appended and fsynced, as the renderer sends each
 * save, timed one after the other, on a quiet copy and while a fold writes the files of
 * `foldUnits` engagements that all changed.
 */
export async function appendLatency(
  profile: string,
  foldUnits: number,
  edits = 200,
): Promise<AppendLatency> {
  const copy = openCopy(profile, {
    backupAtLaunch: false,
    snapshotEvery: Number.POSITIVE_INFINITY,
  });
  try {
    const { units } = await copy.status();
    const engagementRows: SafetyEntry[] = [];
    for (const unit of Object.keys(units).sort((a, b) => units[b]!.rows - units[a]!.rows)) {
      const { entries } = await copy.page({ unit, offset: 0, limit: 500 });
      const row = entries.find((entry) => entry.table === 'engagements' && entry.row);
      if (row) engagementRows.push(row);
      if (engagementRows.length >= foldUnits) break;
    }
    let seq = 0;
    const edit = async (index: number) => {
      const { key, row } = engagementRows[index % engagementRows.length]!;
      const change: JournalChange = {
        table: 'engagements',
        key,
        unit: key,
        row: { ...row, title: `Edited ${index}`, updatedAt: Date.now() },
      };
      seq += 1;
      const start = performance.now();
      await copy.append({ client: 'bench', seq, at: Date.now(), changes: [change] });
      return performance.now() - start;
    };
    const quiet: number[] = [];
    for (let index = 0; index < edits; index += 1) quiet.push(await edit(index));
    await copy.snapshot();

    // Every engagement edited, then a fold of them all while the edits go on; again, until
    // enough edits overlapped a fold.
    const duringFold: number[] = [];
    for (let round = 0; round < 20 && duringFold.length < edits; round += 1) {
      for (let index = 0; index < engagementRows.length; index += 1) await edit(index);
      let folding = true;
      const fold = copy.snapshot().finally(() => (folding = false));
      while (folding && duringFold.length < edits) duringFold.push(await edit(duringFold.length));
      await fold;
    }
    return {
      quietP95: percentile(quiet, 0.95),
      duringFoldP95: percentile(duringFold, 0.95),
      appendsDuringFold: duringFold.length,
      foldedUnits: engagementRows.length,
    };
  } finally {
    await copy.close();
  }
}
