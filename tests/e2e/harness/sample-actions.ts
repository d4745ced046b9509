import { expect, type Page } from '@playwright/test';

export const sample = {
  clientName: 'Halvorsen Cold Chain',
  title: 'FY27 growth plan: mid-size food distributors',
} as const;

/** Help › Explore a sample engagement, as the application menu sends it. */
export async function exploreSampleFromHelpMenu(page: Page): Promise<void> {
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('session-studio-menu', { detail: 'open-sample' })),
  );
}

/** From the empty home, one click on “Explore a sample engagement”, landing in its workspace. */
export async function exploreSampleFromEmptyHome(page: Page): Promise<void> {
  await expect(page.getByText('No engagements yet')).toBeVisible();
  await page.getByRole('button', { name: 'Explore a sample engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: sample.clientName })).toBeVisible();
}
