import { expect, test } from '@playwright/test';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('sees the app opening its engagements at once while a slow laptop checks them, then the home', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await expect(page.getByRole('region', { name: 'No engagements yet' })).toBeVisible();

  // A slow laptop: the start's check of the database against main's safety copy takes a while.
  app.holdAnswers('getSafetyCopyStatus');
  await page.reload();
  // The window is never blank meanwhile: it says what it is doing, and nothing can be touched.
  await expect(page.getByText('Opening your engagements…')).toBeVisible();
  await expect(page.locator('.app[aria-busy="true"]')).toHaveCount(1);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'No engagements yet' })).toHaveCount(0);

  app.releaseAnswers();
  await expect(page.getByRole('region', { name: 'No engagements yet' })).toBeVisible();
  await expect(page.locator('.app[aria-busy="true"]')).toHaveCount(0);
});
