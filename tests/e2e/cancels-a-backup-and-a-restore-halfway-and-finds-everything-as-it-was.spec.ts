import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  backUpEverythingTo,
  chooseAndRestore,
  listedBackups,
  openBackups,
  restoreFromBackup,
  restoreFromFile,
} from './harness/backup-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { engagementFilePath } from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const agreed = {
  'Acme Robotics': 'Leave with a shortlist of three pilot plants.',
  'Halcyon Health': 'Agree who owns the clinic referral campaign.',
};
const changedSince = 'Changed after the backups were taken.';

async function setPurpose(page: Page, text: string) {
  await page.getByLabel('Purpose of this session').fill(text);
  await page.getByLabel('Purpose of this session').blur();
  await expectAllSaved(page);
}

/** Every engagement's purpose as the consultant finds it, from the home list. */
async function purposes(page: Page): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const clientName of Object.keys(agreed)) {
    await reopenEngagement(page, clientName, 'FY27 plan');
    found[clientName] = await page.getByLabel('Purpose of this session').inputValue();
    await goHome(page);
  }
  return found;
}

/** Where the backup taken at launch is listed now (each restore adds one before it). */
async function launchBackup(page: Page): Promise<number> {
  return (await listedBackups(page)).findIndex(([why]) => why === 'At launch');
}

/** The progress panel of the Backups screen, once it reads `text`. */
async function progressSays(page: Page, name: string, text: string | RegExp) {
  const bar = page.getByRole('progressbar', { name });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('status').filter({ has: bar })).toContainText(text);
}

/** Cancels the restore under way, lets main answer, and finds every purpose as `expected`. */
async function cancelRestoreAndFind(page: Page, expected: Record<string, string>) {
  await page.getByRole('button', { name: 'Cancel restore' }).click();
  app.releaseAnswers();
  await expect(
    page.getByText('Restore cancelled. Nothing was restored: your engagements are as they were.'),
  ).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  expect(await purposes(page)).toEqual(expected);
}

test('cancels a backup and a restore halfway, and finds everything as it was', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  for (const [clientName, purpose] of Object.entries(agreed)) {
    await createEngagement(page, { clientName, title: 'FY27 plan' });
    await setPurpose(page, purpose);
    await goHome(page);
  }
  await app.close();
  // The next launch takes an automatic backup of both.
  app = await launchApp(profile);
  page = app.page;

  // A full backup to a USB stick, on a slow disk: it shows its steps, and is cancelled while it
  // reads the engagements. No file is left on the stick, not even a temporary one.
  await openBackups(page);
  const stick = engagementFilePath('All engagements.sessionstudio-backup');
  app.holdSafetyCopyReads();
  app.answerSaveDialog(stick);
  await page.getByRole('button', { name: 'Back up everything to a file…' }).click();
  await progressSays(page, 'Backup progress', 'Step 1 of 2: Reading the engagements…');
  await page.screenshot({ path: test.info().outputPath('full-backup-progress.png') });
  await page.getByRole('button', { name: 'Cancel backup' }).click();
  app.releaseSafetyCopyReads();
  await expect(page.getByText('Backup cancelled. No file was written.')).toBeVisible();
  expect(readdirSync(dirname(stick))).toEqual([]);

  // Asked again, it is written whole.
  await backUpEverythingTo(app, stick);
  expect(existsSync(stick)).toBe(true);

  // Work goes on after the backups.
  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Acme Robotics', 'FY27 plan');
  await setPurpose(page, changedSince);
  await goHome(page);
  const now = { ...agreed, 'Acme Robotics': changedSince };
  expect(await purposes(page)).toEqual(now);

  // A restore of everything from the stick, cancelled while it reads the backup: nothing changes.
  await openBackups(page);
  app.holdAnswers('readBackupEngagement');
  await restoreFromFile(app, stick);
  await chooseAndRestore(page, 'everything');
  await progressSays(
    page,
    'Restore progress',
    /Step 2 of 3: Reading the engagements from the backup…/,
  );
  await page.screenshot({ path: test.info().outputPath('restore-progress.png') });
  await cancelRestoreAndFind(page, now);

  // One engagement from the automatic backup, main slow to answer, cancelled: nothing changes.
  await openBackups(page);
  await expect.poll(() => listedBackups(page)).toContainEqual(['At launch', '2']);
  app.holdAnswers('readBackupEngagement');
  await restoreFromBackup(page, await launchBackup(page), 'Acme Robotics — FY27 plan');
  await progressSays(
    page,
    'Restore progress',
    'Step 2 of 3: Reading the engagements from the backup… (1 of 1)',
  );
  await cancelRestoreAndFind(page, now);

  // Not cancelled, the same restore brings the engagement back as it was at launch.
  await openBackups(page);
  await restoreFromBackup(page, await launchBackup(page), 'Acme Robotics — FY27 plan');
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored 1 engagement from the backup of' }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  expect(await purposes(page)).toEqual(agreed);
});
