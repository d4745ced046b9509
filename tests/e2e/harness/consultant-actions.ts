import { expect, type Page } from '@playwright/test';

export interface NewEngagement {
  clientName: string;
  title: string;
  industry?: string;
  consultantName?: string;
  firmName?: string;
  location?: string;
  startTime?: string;
  lengthMinutes?: number;
}

/** Fills the New engagement form the way a consultant does and lands in the workspace. */
export async function createEngagement(page: Page, details: NewEngagement): Promise<void> {
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const form = page.getByRole('dialog', { name: 'New engagement' });
  await form.getByLabel('Client name').fill(details.clientName);
  await form.getByLabel('Engagement title').fill(details.title);
  if (details.industry) await form.getByLabel('Industry').fill(details.industry);
  if (details.consultantName) await form.getByLabel('Consultant').fill(details.consultantName);
  if (details.firmName) await form.getByLabel('Firm').fill(details.firmName);
  if (details.location) await form.getByLabel('Location').fill(details.location);
  if (details.startTime) await form.getByLabel('Starts at').fill(details.startTime);
  if (details.lengthMinutes)
    await form.getByLabel('Length (minutes)').fill(String(details.lengthMinutes));
  await form.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: details.clientName })).toBeVisible();
}

/** Waits until every edit has reached the database. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator').first()).toHaveText('All changes saved');
}

export async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
}
