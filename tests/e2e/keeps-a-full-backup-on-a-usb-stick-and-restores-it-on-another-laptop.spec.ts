import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  backUpEverythingTo,
  chooseAndRestore,
  openBackups,
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

const purposes = {
  'Acme Robotics': 'Leave with a shortlist of three pilot plants.',
  'Halcyon Health': 'Agree who owns the clinic referral campaign.',
};

test('keeps a full backup on a USB stick and restores it on another laptop', async () => {
  app = await launchApp(newProfileDir());
  let { page } = app;
  for (const [clientName, purpose] of Object.entries(purposes)) {
    await createEngagement(page, { clientName, title: 'FY27 plan' });
    await page.getByLabel('Purpose of this session').fill(purpose);
    await page.getByLabel('Purpose of this session').blur();
    await expectAllSaved(page);
    await goHome(page);
  }
  await openBackups(page);
  const stick = engagementFilePath('All engagements.sessionstudio-backup');
  await backUpEverythingTo(app, stick);
  await app.close();

  // A damaged copy of the file is refused with its reason, and nothing is written.
  app = await launchApp(newProfileDir());
  page = app.page;
  const damaged = engagementFilePath('Damaged.sessionstudio-backup');
  writeFileSync(damaged, readFileSync(stick, 'utf8').replace('"Acme Robotics"', '""'));
  await openBackups(page);
  await restoreFromFile(app, damaged);
  await expect(page.getByRole('alert')).toContainText(
    'Damaged.sessionstudio-backup cannot be restored:',
  );
  await expect(page.getByRole('alert')).toContainText('Client name is required.');
  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByText('No engagements yet')).toBeVisible();

  // The intact file restores every engagement, whole.
  await openBackups(page);
  await restoreFromFile(app, stick);
  await chooseAndRestore(page, 'everything');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Restored 2 engagements from All engagements.sessionstudio-backup.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  for (const [clientName, purpose] of Object.entries(purposes)) {
    await reopenEngagement(page, clientName, 'FY27 plan');
    await expect(page.getByLabel('Purpose of this session')).toHaveValue(purpose);
    await goHome(page);
  }
});
