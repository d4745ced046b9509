import { expect, test } from '@playwright/test';
import { listedBackups, openBackups, restoreFromBackup } from './harness/backup-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const agreed = 'Agree three objectives that sales and marketing both own.';
const overwritten = 'Something typed over it by mistake';

async function setPurpose(app: AppHarness, text: string) {
  await app.page.getByLabel('Purpose of this session').fill(text);
  await app.page.getByLabel('Purpose of this session').blur();
  await expectAllSaved(app.page);
}

test('restores an engagement from an automatic backup, then undoes the restore', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await createEngagement(app.page, { clientName: 'Kestrel Analytics', title: 'Market entry' });
  await setPurpose(app, agreed);
  await app.close();

  // The next launch backs up what was there; the consultant then overwrites the purpose and
  // starts another engagement.
  app = await launchApp(profile);
  let { page } = app;
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await setPurpose(app, overwritten);
  await goHome(page);
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await goHome(page);

  await openBackups(page);
  await expect.poll(() => listedBackups(page)).toContainEqual(['At launch', '1']);
  await page.screenshot({ path: test.info().outputPath('backups-screen.png'), fullPage: true });
  const launchBackup = (await listedBackups(page)).findIndex(([why]) => why === 'At launch');
  await restoreFromBackup(page, launchBackup, 'Kestrel Analytics — Market entry');
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored 1 engagement from the backup of' }),
  ).toContainText('The state before the restore is kept as the backup of');
  // The state before the restore is the newest backup now.
  await expect.poll(async () => (await listedBackups(page))[0]).toEqual(['Before a restore', '2']);

  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(agreed);
  await goHome(page);
  // Restoring one engagement leaves the others as they were.
  await expect(
    page.getByRole('listitem', { name: 'Borealis Foods — Retail launch' }),
  ).toBeVisible();

  // Changed their mind: everything back as it was before the restore.
  await openBackups(page);
  await restoreFromBackup(page, 0, 'everything');
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored 2 engagements from the backup of' }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(overwritten);

  // And the restored state is in the safety copy too: it survives losing the local database.
  await app.close();
  const { loseLocalDatabase } = await import('./harness/browser-crash');
  loseLocalDatabase(profile);
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(overwritten);
});
