import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseAndRestore, openBackups, restoreFromFile } from './harness/backup-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { engagementFilePath } from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const passphrase = 'Ferries cross the fjord at dawn';
const purpose = 'Agree which winter routes get the launch budget.';

test('protects a full backup with a passphrase, and restores it on another laptop only with that passphrase', async () => {
  test.setTimeout(150_000);
  app = await launchApp(newProfileDir());
  let { page } = app;
  await createEngagement(page, { clientName: 'Fjordline Ferries', title: 'Winter routes' });
  await page.getByLabel('Purpose of this session').fill(purpose);
  await page.getByLabel('Purpose of this session').blur();
  await expectAllSaved(page);
  await goHome(page);

  // Backups → a full backup, protected: the passphrase typed twice, a slip caught first.
  await openBackups(page);
  await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill('Ferries cross the fjord at dusk');
  const backUp = page.getByRole('button', { name: 'Back up everything to a protected file…' });
  await backUp.click();
  await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  expect(app.saveDialogs).toEqual([]);
  await page.getByLabel('Passphrase again').fill(passphrase);
  const stick = engagementFilePath('All engagements.sessionstudio-backup');
  app.answerSaveDialog(stick);
  await backUp.click();
  await expect(page.getByText(`Every engagement was backed up to ${stick}.`)).toBeVisible({
    timeout: 30_000,
  });
  expect(app.saveDialogs.at(-1)?.title).toBe('Back up every engagement to a protected file');
  // The passphrase is not left on screen.
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('protected-full-backup.png') });

  // Whoever finds the stick reads nothing of any client.
  const bytes = readFileSync(stick);
  expect(bytes.subarray(0, 25).toString()).toBe('session-studio-encrypted\n');
  for (const secret of ['Fjordline', purpose])
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
  await app.close();

  // Another laptop: the file asks for its passphrase, and a wrong one restores nothing.
  app = await launchApp(newProfileDir());
  page = app.page;
  await openBackups(page);
  await restoreFromFile(app, stick);
  const prompt = page.getByRole('dialog', {
    name: '“All engagements.sessionstudio-backup” is protected with a passphrase',
  });
  await expect(prompt).toContainText('Nothing is restored before it opens.');
  await prompt.getByLabel('Passphrase').fill('Ferries cross the fjord at noon');
  await prompt.getByRole('button', { name: 'Open file' }).click();
  await expect(prompt.getByRole('alert')).toHaveText(
    'This passphrase does not open “All engagements.sessionstudio-backup”. Check it (capital letters, spaces) and try again.',
    { timeout: 30_000 },
  );
  await page.screenshot({ path: test.info().outputPath('full-backup-wrong-passphrase.png') });

  await prompt.getByLabel('Passphrase').fill(passphrase);
  await prompt.getByRole('button', { name: 'Open file' }).click();
  await chooseAndRestore(page, 'everything');
  await expect(
    page.getByRole('status').filter({
      hasText: 'Restored 1 engagement from All engagements.sessionstudio-backup.',
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← Engagements' }).click();
  await reopenEngagement(page, 'Fjordline Ferries', 'Winter routes');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(purpose);
});
