import { expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportThrough } from './export-choices';
import type { AppHarness } from './launch-app';
import { openWorksheet } from './worksheet-navigation';

/** A file on the consultant's disk (their Pictures folder), to choose in the open dialog. */
export function fileOnDisk(name: string, content: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'session-studio-pictures-')), name);
  writeFileSync(path, content);
  return path;
}

export interface FirmSettings {
  firmName: string;
  consultantName: string;
  /** As the drop-down shows it: "14 January 2027", "January 14, 2027" or "2027-01-14". */
  dateStyle?: string;
  /** A logo file to choose. */
  logoPath?: string;
}

/** From the engagements home: Settings, fill in the firm, back home. */
export async function setUpFirm(app: AppHarness, settings: FirmSettings): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Firm name').fill(settings.firmName);
  await page.getByLabel('Your name').fill(settings.consultantName);
  if (settings.dateStyle)
    await page.getByLabel('Dates in documents').selectOption({ label: settings.dateStyle });
  if (settings.logoPath) {
    app.answerOpenDialog(settings.logoPath);
    await page.getByRole('button', { name: 'Choose a logo…' }).click();
    await expect(page.getByRole('img', { name: /^Firm logo: / })).toBeVisible();
  }
  // Leaving the field saves it.
  await page.getByLabel('Your name').blur();
  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
}

/** From an open engagement: its details → the client's logo and the accent colour. */
export async function brandClientDeliverables(
  app: AppHarness,
  { logoPath, accentColour }: { logoPath?: string; accentColour?: string },
): Promise<void> {
  const { page } = app;
  await openWorksheet(page, 'Engagement details');
  if (logoPath) {
    app.answerOpenDialog(logoPath);
    await page.getByRole('button', { name: /^Choose (a logo|another)…$/ }).click();
    await expect(page.getByRole('img', { name: /^Client logo: / })).toBeVisible();
  }
  if (accentColour) {
    await page.getByLabel('Accent colour', { exact: true }).fill(accentColour);
    await page.getByLabel('Accent colour', { exact: true }).blur();
  }
}

export async function expectNoFieldError(page: Page, label: string) {
  await expect(page.getByLabel(label, { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
}

/** The engagement's three deliverables, exported through their buttons into `folder`. */
export async function exportAllThree(app: AppHarness, folder: string) {
  const { page } = app;
  const saved = async (button: string, name: string) => {
    app.answerSaveDialog(join(folder, name));
    await exportThrough(page, button);
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' }).first()).toContainText(
      name,
    );
    return join(folder, name);
  };
  await openWorksheet(page, 'Purpose & agenda');
  const agenda = await saved('Export agenda (.docx)', 'agenda.docx');
  await openWorksheet(page, 'Notes & decisions');
  const summary = await saved('Export summary (.docx)', 'summary.docx');
  const plan = await saved('Export plan (.docx)', 'plan.docx');
  return { agenda, summary, plan };
}
