import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { kickOffGoals, writePurposeAndGoals } from './harness/agenda-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { engagementFilePath, importEngagementFile } from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const passphrase = 'Lyon in the rain, third floor';

test('protects an engagement file with a passphrase for the USB stick, and opens it only with that passphrase on another laptop', async () => {
  test.setTimeout(120_000);
  app = await launchApp(newProfileDir());
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await writePurposeAndGoals(page, kickOffGoals);
  await expectAllSaved(page);

  // Engagement details → protect with a passphrase, typed twice; a slip is caught first.
  await openWorksheet(page, 'Engagement details');
  await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill('Lyon in the rain, third flor');
  const exportButton = page.getByRole('button', { name: 'Export protected engagement file…' });
  await exportButton.click();
  await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  expect(app.saveDialogs).toEqual([]);
  await page.getByLabel('Passphrase again').fill(passphrase);
  const file = engagementFilePath();
  app.answerSaveDialog(file);
  await exportButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(file, {
    timeout: 30_000,
  });
  expect(app.saveDialogs.at(-1)?.title).toBe('Export protected engagement file');
  await page.screenshot({ path: test.info().outputPath('protected-export.png') });

  // Whoever finds the stick reads nothing of the client.
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 25).toString()).toBe('session-studio-encrypted\n');
  for (const secret of ['Acme Robotics', kickOffGoals.purpose])
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
  await app.close();

  // Another laptop.
  app = await launchApp(newProfileDir());
  page = app.page;
  await importEngagementFile(app, file);
  const prompt = page.getByRole('dialog', {
    name: '“Acme Robotics.sessionstudio” is protected with a passphrase',
  });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Passphrase').fill('Lyon in the rain, 3rd floor');
  await prompt.getByRole('button', { name: 'Open file' }).click();
  await expect(prompt.getByRole('alert')).toHaveText(
    'This passphrase does not open “Acme Robotics.sessionstudio”. Check it (capital letters, spaces) and try again.',
    { timeout: 30_000 },
  );
  await page.screenshot({ path: test.info().outputPath('wrong-passphrase.png') });
  await expect(page.getByText('No engagements yet')).toBeVisible();

  await prompt.getByLabel('Passphrase').fill(passphrase);
  await prompt.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Robotics' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(kickOffGoals.purpose);

  // A copy changed on the way is refused, even with the right passphrase, and nothing changes.
  await goHome(page);
  const tampered = engagementFilePath('Tampered.sessionstudio');
  const changed = Buffer.from(bytes);
  changed[changed.length - 100] = (changed[changed.length - 100] as number) ^ 0x20;
  writeFileSync(tampered, changed);
  await importEngagementFile(app, tampered);
  const tamperedPrompt = page.getByRole('dialog', {
    name: '“Tampered.sessionstudio” is protected with a passphrase',
  });
  await tamperedPrompt.getByLabel('Passphrase').fill(passphrase);
  await tamperedPrompt.getByRole('button', { name: 'Open file' }).click();
  const refusal = page.getByRole('alertdialog', {
    name: '“Tampered.sessionstudio” was not imported',
  });
  await expect(refusal).toContainText(
    '“Tampered.sessionstudio” was changed or damaged after it was protected, so it was not opened.',
    { timeout: 30_000 },
  );
  await expect(refusal).toContainText('Nothing on this laptop was changed.');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('listitem')).toHaveCount(1);
});
