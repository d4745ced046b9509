import { expect, type Page } from '@playwright/test';

/** Opens a worksheet from the workspace's navigation, by its label. */
export async function openWorksheet(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Worksheets' })
    .getByRole('button', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();
}

/** From the engagements home (where a relaunch lands), opens an engagement by client and title. */
export async function reopenEngagement(page: Page, clientName: string, title: string) {
  const row = page.getByRole('listitem', { name: `${clientName} — ${title}` });
  await row.getByRole('button', { name: new RegExp(`^${clientName} ${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
}
