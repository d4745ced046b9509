import { expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppHarness } from './launch-app';
import { openWorksheet } from './worksheet-navigation';

/** A place outside every profile for an engagement file: a USB stick, a shared folder. */
export function engagementFilePath(name = 'Acme Robotics.sessionstudio'): string {
  return join(mkdtempSync(join(tmpdir(), 'session-studio-transfer-')), name);
}

/** From an open engagement: Engagement details → Export engagement file…, saved to `filePath`. */
export async function exportEngagementFile(app: AppHarness, filePath: string): Promise<void> {
  const { page } = app;
  await openWorksheet(page, 'Engagement details');
  app.answerSaveDialog(filePath);
  await page.getByRole('button', { name: 'Export engagement file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(filePath);
}

/** From the engagements home: Import engagement file…, choosing `filePath` in the open dialog. */
export async function importEngagementFile(app: AppHarness, filePath: string): Promise<void> {
  app.answerOpenDialog(filePath);
  await app.page.getByRole('button', { name: 'Import engagement file…' }).click();
}
