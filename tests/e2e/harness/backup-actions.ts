import { expect, type Page } from '@playwright/test';
import type { AppHarness } from './launch-app';

/** From the engagements home: the Backups screen. */
export async function openBackups(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

/** The automatic backups listed, newest first, as their rows read: when, why, engagements. */
export async function listedBackups(page: Page): Promise<string[][]> {
  const rows = page.locator('.backups-table tbody tr');
  return rows.evaluateAll((found) =>
    found.map((row) =>
      [...row.querySelectorAll('td')].slice(1, 3).map((cell) => cell.textContent ?? ''),
    ),
  );
}

/** Restore… on the listed backup at `index` (0 is the newest), then the choice, then Restore. */
export async function restoreFromBackup(
  page: Page,
  index: number,
  choice: 'everything' | string,
): Promise<void> {
  await page
    .getByRole('button', { name: /^Restore from the backup of/ })
    .nth(index)
    .click();
  await chooseAndRestore(page, choice);
}

/** In the restore dialog: everything, or "Only <client> — <title>", then the button. */
export async function chooseAndRestore(page: Page, choice: 'everything' | string) {
  const dialog = page.getByRole('dialog', { name: /^Restore from / });
  await expect(dialog).toBeVisible();
  if (choice === 'everything') {
    await dialog.getByRole('radio', { name: /^Everything in this backup/ }).check();
    await dialog.getByRole('button', { name: 'Restore everything' }).click();
  } else {
    await dialog.getByRole('radio', { name: `Only ${choice}` }).check();
    await dialog.getByRole('button', { name: 'Restore this engagement' }).click();
  }
  await expect(dialog).toHaveCount(0);
}

/** Back up everything to a file…, saved at `filePath`. */
export async function backUpEverythingTo(app: AppHarness, filePath: string): Promise<void> {
  app.answerSaveDialog(filePath);
  await app.page.getByRole('button', { name: 'Back up everything to a file…' }).click();
  await expect(app.page.getByText(`Every engagement was backed up to ${filePath}.`)).toBeVisible();
}

/** Restore from a file…, choosing `filePath` in the open dialog. */
export async function restoreFromFile(app: AppHarness, filePath: string): Promise<void> {
  app.answerOpenDialog(filePath);
  await app.page.getByRole('button', { name: 'Restore from a file…' }).click();
}
