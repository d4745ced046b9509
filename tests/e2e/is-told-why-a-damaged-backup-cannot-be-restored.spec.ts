import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listedBackups, openBackups } from './harness/backup-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { readSafetyFile } from './harness/safety-files';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const agreed = 'Agree three objectives that sales and marketing both own.';
const current = 'Leave with one objective per region, each with an owner.';

async function setPurpose(text: string) {
  await app.page.getByLabel('Purpose of this session').fill(text);
  await app.page.getByLabel('Purpose of this session').blur();
  await expectAllSaved(app.page);
}

/** The automatic backups on disk, oldest first, as main reads them (opened with the key). */
async function backupFiles(profile: string) {
  const folder = join(profile, 'safety', 'backups');
  const names = readdirSync(folder)
    .filter((name) => name.startsWith('backup-'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      const manifest = JSON.parse((await readSafetyFile(profile, path)) ?? 'null') as {
        units: Record<string, { checksum: string; label: { clientName: string } | null }>;
      };
      return { path, manifest };
    }),
  );
}

/** Flips one character in the middle of a file, as a failing disk or a bad copy does. */
function damage(path: string) {
  const text = readFileSync(path, 'utf8');
  const middle = Math.floor(text.length / 2);
  const flipped = text[middle] === 'x' ? 'y' : 'x';
  writeFileSync(path, text.slice(0, middle) + flipped + text.slice(middle + 1));
}

test('is told why a damaged backup cannot be restored, and nothing changes', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await createEngagement(app.page, { clientName: 'Kestrel Analytics', title: 'Market entry' });
  await setPurpose(agreed);
  await app.close();

  // The next launch backs up the agreed purpose; the consultant then changes it.
  app = await launchApp(profile);
  await reopenEngagement(app.page, 'Kestrel Analytics', 'Market entry');
  await setPurpose(current);
  await app.close();

  // A third launch backs up the changed purpose: two backups, each its own copy of the engagement.
  app = await launchApp(profile);
  let { page } = app;
  await openBackups(page);
  await expect
    .poll(() => listedBackups(page))
    .toEqual([
      ['At launch', '1'],
      ['At launch', '1'],
    ]);

  // The older backup's copy of the engagement is damaged on disk.
  const [older] = await backupFiles(profile);
  const [kestrel] = Object.values(older!.manifest.units).filter(
    (unit) => unit.label?.clientName === 'Kestrel Analytics',
  );
  damage(join(profile, 'safety', 'units', `${kestrel!.checksum}.json`));

  await page
    .getByRole('button', { name: /^Restore from the backup of/ })
    .nth(1)
    .click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(/^The backup of .+ cannot be restored:/);
  await expect(refusal).toContainText(
    'The backup’s copy of “Kestrel Analytics — Market entry” is damaged: it does not match its checksum.',
  );
  await page.screenshot({ path: test.info().outputPath('damaged-backup.png'), fullPage: true });
  await expect(page.getByRole('dialog', { name: /^Restore from / })).toHaveCount(0);
  // Refused before anything was backed up or written: no "Before a restore" backup, same purpose.
  expect(await listedBackups(page)).toEqual([
    ['At launch', '1'],
    ['At launch', '1'],
  ]);
  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(current);
  await goHome(page);
  await app.close();

  // A backup whose own manifest is damaged is not offered, and the screen says so.
  damage((await backupFiles(profile))[0]!.path);
  app = await launchApp(profile);
  page = app.page;
  await openBackups(page);
  await expect(
    page.getByText('One backup is damaged (they fail their checksum) and cannot be restored.'),
  ).toBeVisible();
  await expect.poll(async () => (await listedBackups(page)).length).toBe(2);
  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(current);
});
