import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listedBackups, openBackups } from './harness/backup-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { readSafetyFile } from './harness/safety-files';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

type Row = Record<string, unknown>;
const sample = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../samples/halvorsen-cold-chain.sessionstudio'),
    'utf8',
  ),
) as { engagement: Row; tables: Record<string, Row[]> };
const renamed = 'FY27 growth plan, as renamed after the last snapshot';
const takenAt = Date.UTC(2026, 10, 20, 9);

/**
 * The safety folder as the version before per-engagement units left it: one snapshot of every
 * table, one journal of changes without their engagement (its last line torn by a crash), and a
 * whole snapshot as a backup.
 */
function writeEarlierSafetyCopy(profile: string) {
  const folder = join(profile, 'safety');
  mkdirSync(join(folder, 'backups'), { recursive: true });
  const tables: Record<string, { rows: Row[]; deleted: Record<string, number> }> = {
    engagements: { rows: [sample.engagement], deleted: {} },
  };
  for (const [table, rows] of Object.entries(sample.tables)) tables[table] = { rows, deleted: {} };
  const snapshot = JSON.stringify({
    format: 'session-studio-safety-snapshot',
    version: 1,
    takenAt,
    tables,
  });
  const journal =
    JSON.stringify({
      client: 'launch-1',
      seq: 1,
      at: takenAt + 60_000,
      changes: [
        {
          table: 'engagements',
          key: sample.engagement.id,
          row: { ...sample.engagement, title: renamed, updatedAt: takenAt + 60_000 },
        },
      ],
    }) + '\n{"client":"launch-1","seq":2,"at"';
  const files = {
    'snapshot.json': snapshot,
    'journal.ndjson': journal,
    'backups/backup-2026-11-20T09-00-00-000Z.json': snapshot,
    'marker.json': JSON.stringify({ dataSince: takenAt - 86_400_000 }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return files;
}

test('finds every engagement after upgrading from the earlier safety copy', async () => {
  const profile = newProfileDir();
  const files = writeEarlierSafetyCopy(profile);
  const clientName = String(sample.engagement.clientName);

  // The worst case: the local database is gone too, so everything comes from the converted copy.
  app = await launchApp(profile);
  let { page } = app;
  const restored = page.getByRole('alert').filter({
    hasText:
      'Session Studio restored 1 engagement from its safety copy after the local database was lost.',
  });
  await expect(restored).toBeVisible();
  await restored.getByRole('button', { name: 'Dismiss' }).click();
  // The journal's change after the snapshot is there, and the rows of the snapshot with it.
  await reopenEngagement(page, clientName, renamed);
  const purposes = sample.tables.sessions!.map((session) => String(session.purpose));
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(
    new RegExp(
      `^(${purposes.map((purpose) => purpose.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
    ),
  );
  await page.getByRole('button', { name: '← Engagements' }).click();

  // The converted copy was backed up, and shows as such.
  await openBackups(page);
  await expect
    .poll(() => listedBackups(page))
    .toContainEqual(['When the safety copy was converted', '1']);
  await page.screenshot({ path: test.info().outputPath('converted.png'), fullPage: true });

  // The earlier files are kept, set aside, every byte of their text as it was (encrypted at rest
  // like the rest of the safety folder, so no client data stays readable there); none left where
  // they were.
  const safety = join(profile, 'safety');
  const [aside] = readdirSync(safety).filter((name) => name.startsWith('legacy-layout-'));
  expect(aside).toBeDefined();
  for (const name of [
    'snapshot.json',
    'journal.ndjson',
    'backups/backup-2026-11-20T09-00-00-000Z.json',
  ]) {
    const path = join(safety, aside!, name);
    expect(await readSafetyFile(profile, path)).toBe(files[name as keyof typeof files]);
    expect(readFileSync(path, 'utf8')).not.toContain(clientName);
  }
  expect(existsSync(join(safety, 'snapshot.json'))).toBe(false);
  expect(existsSync(join(safety, 'journal.ndjson'))).toBe(false);
  await app.close();

  // The next launch converts nothing again and restores nothing: both copies agree.
  app = await launchApp(profile);
  page = app.page;
  await expect(page.getByRole('listitem', { name: `${clientName} — ${renamed}` })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(readdirSync(safety).filter((name) => name.startsWith('legacy-layout-'))).toEqual([aside]);
});
