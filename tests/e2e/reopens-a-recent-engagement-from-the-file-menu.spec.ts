import { expect, test, type Page } from '@playwright/test';
import { detachedDisplayNotice } from '../../main/shell/window-placement';
import { createEngagement, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const engagementIdOnScreen = (page: Page) =>
  decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

test('reopens a recent engagement from File › Open Recent, newest first', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await expect.poll(() => app.menuRecentEngagements()).toEqual([]);

  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  const acme = engagementIdOnScreen(page);
  await goHome(page);
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  const borealis = engagementIdOnScreen(page);
  await expect
    .poll(() => app.menuRecentEngagements())
    .toEqual([
      { id: borealis, label: 'Borealis Foods — Retail launch' },
      { id: acme, label: 'Acme Robotics — FY27 growth plan' },
    ]);

  await app.openRecentFromMenu(acme);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Robotics' })).toBeVisible();
  await expect
    .poll(() => app.menuRecentEngagements().map((entry) => entry.id))
    .toEqual([acme, borealis]);

  // A deleted engagement leaves the menu.
  await goHome(page);
  await page.getByRole('button', { name: 'Delete Borealis Foods — Retail launch' }).click();
  await page.getByRole('button', { name: 'Delete engagement' }).click();
  await expect.poll(() => app.menuRecentEngagements().map((entry) => entry.id)).toEqual([acme]);

  // While a question is open, the menu waits rather than losing what is typed in it.
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.getByLabel('Client name').fill('Cobalt Labs');
  await app.openRecentFromMenu(acme);
  await expect(
    page.getByText('Answer or close the open dialog first, then choose the engagement again.'),
  ).toBeVisible();
  await expect(page.getByLabel('Client name')).toHaveValue('Cobalt Labs');
});

test('says so when the window opened on another display than the one it was last on', async () => {
  app = await launchApp(newProfileDir(), { shellNotices: [detachedDisplayNotice] });
  await expect(
    app.page
      .getByRole('status')
      .filter({ hasText: 'Session Studio was last on a display that is no longer attached' }),
  ).toHaveText(
    'Session Studio was last on a display that is no longer attached, so it opened on this one.×',
  );
  // Said once: not again after a reload.
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  await expect(app.page.getByText('no longer attached')).toHaveCount(0);
});
