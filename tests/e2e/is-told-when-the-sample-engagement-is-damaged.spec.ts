import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleEngagementFileName } from '../../shared/samples/sample-files';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

/** A samples folder whose sample engagement was cut off half-way (a broken installation). */
function damagedSamplesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-samples-'));
  const whole = readFileSync(
    join(import.meta.dirname, '../../samples', sampleEngagementFileName),
    'utf8',
  );
  // Cut between characters, as a copy that stopped half-way leaves a text file that ends early.
  writeFileSync(join(folder, sampleEngagementFileName), whole.slice(0, whole.length / 2));
  return folder;
}

test('is told the sample engagement that came with the app is damaged, and nothing is added', async () => {
  app = await launchApp(newProfileDir(), { samplesFolder: damagedSamplesFolder() });
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample engagement' }).click();
  const refusal = page.getByRole('alertdialog', {
    name: 'The sample engagement could not be opened',
  });
  await expect(refusal).toContainText(
    'The sample engagement that came with Session Studio is damaged. Reinstall Session Studio to bring the sample back.',
  );
  await expect(refusal).toContainText('looks cut off');
  await expect(refusal).toContainText('Nothing on this laptop was changed.');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('No engagements yet')).toBeVisible();
});

test('is told the sample engagement is missing from the installation', async () => {
  app = await launchApp(newProfileDir(), { samplesFolder: null });
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample engagement' }).click();
  await expect(
    page.getByRole('alertdialog', { name: 'The sample engagement could not be opened' }),
  ).toContainText('The sample engagement is missing from this installation.');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('No engagements yet')).toBeVisible();
});
