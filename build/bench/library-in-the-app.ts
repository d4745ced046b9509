import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { backupTime } from '../../main/data/backup-rotation';
import { safetyPaths } from '../../main/data/safety-paths';
import { importEngagementFile } from '../../tests/e2e/harness/engagement-file-actions';
import { launchApp, type AppHarness, type LaunchOptions } from '../../tests/e2e/harness/launch-app';
import type { LibraryEngagement } from './library-files';
import { firstFrameWhen, probeScript, readProbes } from './page-probes';

/**
 * Resolves with the time of the first frame whose h1 is `heading` (performance.now()); rejects,
 * with what the screen says, when it has not come within a minute (an import refused, say).
 */
function headingShown(page: Page, heading: string): Promise<number> {
  const shown = page.evaluate(
    firstFrameWhen(`document.querySelector('h1')?.textContent === ${JSON.stringify(heading)}`),
  ) as Promise<number>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void page
        .locator('[role="alertdialog"], [role="alert"], [role="dialog"]')
        .allTextContents()
        .then((said) => reject(new Error(`“${heading}” did not open: ${said.join(' ')}`)));
    }, 60_000);
  });
  return Promise.race([shown, late]).finally(() => clearTimeout(timer));
}

/**
 * Waits until main has written this launch's automatic backup: in the harness each launch has its
 * own copy of main's handlers, so the next launch must not start while this one still writes.
 */
async function launchBackupWritten(profile: string, launchedAt: number): Promise<void> {
  const folder = safetyPaths(profile).backups;
  await expect
    .poll(() => readdirSync(folder).some((name) => (backupTime(name) ?? 0) >= launchedAt), {
      timeout: 120_000,
      intervals: [50],
    })
    .toBe(true);
}

/**
 * Launches the app on the profile with the probes in (and any other options), and waits for its
 * launch backup.
 */
export async function launchWithProbes(
  profile: string,
  options: LaunchOptions = {},
): Promise<{ app: AppHarness; ms: number }> {
  const launchedAt = Date.now();
  const app = await launchApp(profile, {
    ...options,
    initScripts: [probeScript, ...(options.initScripts ?? [])],
  });
  await expect
    .poll(() => app.page.evaluate('window.__bench.listShownAt'), {
      timeout: 120_000,
      intervals: [20],
    })
    .toBeGreaterThan(0);
  const { listShownAt } = await readProbes(app.page);
  await launchBackupWritten(profile, launchedAt);
  return { app, ms: listShownAt };
}

/** Reload to the first frame showing the engagement list. */
export async function reloadToList(page: Page): Promise<number> {
  await page.reload();
  await expect
    .poll(() => page.evaluate('window.__bench.listShownAt'), { timeout: 120_000, intervals: [20] })
    .toBeGreaterThan(0);
  return (await readProbes(page)).listShownAt;
}

/** From the home, opens the first engagement listed: the click to the frame with its heading. */
export async function openFirstEngagement(page: Page): Promise<number> {
  const row = page.getByRole('listitem').first();
  const label = (await row.getAttribute('aria-label')) ?? '';
  const clientName = label.split(' — ')[0] ?? '';
  const shown = headingShown(page, clientName);
  await row.getByRole('button', { name: new RegExp(`^${clientName} `) }).click();
  const shownAt = await shown;
  const ms = shownAt - (await readProbes(page)).clickAt;
  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  return ms;
}

/** Import engagement file… from the home: the click to the frame with the engagement open. */
export async function importToOpen(app: AppHarness, engagement: LibraryEngagement) {
  const { page } = app;
  const shown = headingShown(page, engagement.clientName);
  await importEngagementFile(app, engagement.filePath);
  const shownAt = await shown;
  const ms = shownAt - (await readProbes(page)).clickAt;
  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  return ms;
}
