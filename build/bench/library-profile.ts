import { expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chooseAndRestore,
  openBackups,
  restoreFromFile,
} from '../../tests/e2e/harness/backup-actions';
import { launchApp, newProfileDir } from '../../tests/e2e/harness/launch-app';
import type { LibraryKind, libraryFiles } from './library-files';
import { launchWithProbes } from './library-in-the-app';

const root = join(import.meta.dirname, '../..');

/**
 * What a built library's profile depends on: the rows (the sample and the busy engagement's
 * fixture), how IndexedDB holds them and how main's safety copy lays them out. A change to any of
 * these builds the library again.
 */
const layoutSources = [
  'samples/halvorsen-cold-chain.sessionstudio',
  'tests/shared/documents/fixtures/full-engagement-records.ts',
  'renderer/src/db/database.ts',
  'renderer/src/db/safety/unit-digests.ts',
  'shared/data/tables.ts',
  'shared/data/units.ts',
  'shared/data/row-digest.ts',
  'shared/engagement-file/format.ts',
  'main/data/unit-file.ts',
  'main/data/unit-manifest.ts',
  'main/data/journal-file.ts',
  'main/crypto/at-rest-protection.ts',
];

function cacheFolder(counts: Record<LibraryKind, number>): string {
  const hash = createHash('sha256').update(JSON.stringify(counts));
  for (const path of layoutSources) hash.update(readFileSync(join(root, path)));
  return join(tmpdir(), 'session-studio-bench-library', hash.digest('hex').slice(0, 16));
}

/**
 * A profile holding the library, built once through the app's own Restore from a file… of a full
 * backup of every engagement (one transaction, journaled to main like any write), then launched
 * once so main folds it into its unit files and takes its launch backup, as a consultant's laptop
 * holds it. The built profile is kept in the system's temporary folder and copied for each bench
 * run, until what it depends on changes (BENCH_LIBRARY_CACHE=0 builds it afresh every time).
 */
export async function libraryProfile(
  files: ReturnType<typeof libraryFiles>,
  counts: Record<LibraryKind, number>,
): Promise<string> {
  const profile = newProfileDir();
  const cache = cacheFolder(counts);
  const complete = join(cache, 'built-at.txt');
  const useCache = process.env.BENCH_LIBRARY_CACHE !== '0';
  if (useCache && existsSync(complete)) {
    console.log(`  library: the profile built ${readFileSync(complete, 'utf8')}, from ${cache}`);
    cpSync(join(cache, 'profile'), profile, { recursive: true });
    return profile;
  }
  const total = counts.typical + counts.busy;
  const started = performance.now();
  const backupFile = files.fullBackup(counts);
  const app = await launchApp(profile);
  try {
    await expect(app.page.getByText('No engagements yet')).toBeVisible();
    await openBackups(app.page);
    await restoreFromFile(app, backupFile);
    // Reading and checking the whole library's file takes a while on a loaded machine.
    await expect(app.page.getByRole('dialog', { name: /^Restore from / })).toBeVisible({
      timeout: 10 * 60_000,
    });
    await chooseAndRestore(app.page, 'everything');
    await expect(
      app.page.getByRole('status').filter({ hasText: `Restored ${total} engagements` }),
    ).toBeVisible({ timeout: 30 * 60_000 });
  } finally {
    await app.close();
  }
  // The launch after the restore folds the journal into unit files and takes its backup.
  const relaunched = await launchWithProbes(profile);
  await relaunched.app.close();
  console.log(
    `  library: ${total} engagements restored in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  if (useCache) {
    rmSync(cache, { recursive: true, force: true });
    cpSync(profile, join(cache, 'profile'), { recursive: true });
    writeFileSync(complete, new Date().toISOString());
  }
  return profile;
}
