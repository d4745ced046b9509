import { expect, test, type Locator } from '@playwright/test';
import { detachedDisplayNotice } from '../../main/shell/window-placement';
import { createEngagement } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;

test.afterEach(async () => {
  await app.close();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('Not on screen');
  return found;
}

for (const theme of ['light', 'dark'] as const) {
  test(`a notice at the top leaves every button of the home free to use (${theme} theme)`, async () => {
    app = await launchApp(newProfileDir(), { shellNotices: [detachedDisplayNotice] });
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
    await page.getByRole('button', { name: '← Engagements' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'no longer attached' });
    await expect(notice).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`home-with-notice-${theme}.png`) });

    // The notice takes its own line above the header: nothing of the header lies under it.
    const noticeBox = await box(notice);
    for (const name of ['Settings', 'Backups', 'Import engagement file…', 'New engagement']) {
      const button = await box(page.getByRole('button', { name, exact: true }));
      expect(button.y, `${name} starts below the notice`).toBeGreaterThanOrEqual(
        noticeBox.y + noticeBox.height,
      );
    }
    // And the list still fits the window below it, scrolled by itself.
    const viewport = page.viewportSize()!;
    const list = await box(page.getByRole('list', { name: 'Engagements' }));
    expect(list.y + list.height).toBeLessThanOrEqual(viewport.height);

    // A click on Backups reaches Backups (Playwright refuses a click another element would take).
    await page.getByRole('button', { name: 'Backups', exact: true }).click({ timeout: 5_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`backups-with-notice-${theme}.png`) });
  });
}
