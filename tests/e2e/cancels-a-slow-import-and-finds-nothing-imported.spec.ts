import { expect, test } from '@playwright/test';
import { fullEngagement } from '../shared/engagement-file/full-engagement-fixture';
import { expectAccessible } from './harness/accessibility-check';
import { importEngagementFile } from './harness/engagement-file-actions';
import { writeFullEngagementFile } from './harness/full-engagement';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const { clientName } = fullEngagement().engagement;

test('follows a slow import step by step, cancels it while the file is read, and finds nothing imported', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const file = writeFullEngagementFile();

  // A slow disk: main's reading of the file takes long enough to cancel.
  app.holdAnswers('importEngagementFile');
  await importEngagementFile(app, file);
  const progress = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar', { name: 'Import progress' }) });
  await expect(progress).toContainText('Step 1 of 3: Reading and checking the file…');
  await expect(page.getByRole('button', { name: 'Importing…' })).toBeDisabled();
  await expectAccessible(page, 'an import under way');

  await progress.getByRole('button', { name: 'Cancel import' }).click();
  // Main's read cannot be stopped; its answer is set aside once it comes.
  await expect(progress).toContainText('Cancelling…');
  app.releaseAnswers();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled' })).toHaveText(
    'Import cancelled. Nothing was imported.×',
  );
  await expect(page.getByText('No engagements yet')).toBeVisible();

  // Imported again at full speed, it lands in the engagement.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await importEngagementFile(app, file);
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
});

test('cancels an import while the engagements here are backed up first, and finds them as they were', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const file = writeFullEngagementFile();
  await importEngagementFile(app, file);
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  const engagements = page.getByRole('listitem', { name: new RegExp(`^${clientName}`) });
  await expect(engagements).toHaveCount(1);

  // The same file as a copy; the backup before it is slow.
  app.holdAnswers('takeBackup');
  await importEngagementFile(app, file);
  await page.getByRole('button', { name: 'Import as a copy' }).click();
  const progress = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar', { name: 'Import progress' }) });
  await expect(progress).toContainText('Step 2 of 3: Backing up the engagements on this laptop…');
  await progress.getByRole('button', { name: 'Cancel import' }).focus();
  await page.keyboard.press('Enter');
  app.releaseAnswers();
  await expect(page.getByText('Import cancelled. Nothing was imported.')).toBeVisible();
  await expect(engagements).toHaveCount(1);
});
