import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the New engagement form and picks how to start: “Blank”, a template’s name, or “A past engagement”. */
export async function openNewEngagementStartingFrom(page: Page, start: string): Promise<Locator> {
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const form = page.getByRole('dialog', { name: 'New engagement' });
  await form.getByRole('group', { name: 'Start from' }).getByRole('radio', { name: start }).check();
  return form;
}

/** Types the client and title, creates the engagement and lands in its workspace. */
export async function createFrom(form: Locator, clientName: string, title: string): Promise<void> {
  await form.getByLabel('Client name').fill(clientName);
  await form.getByLabel('Engagement title').fill(title);
  await form.getByRole('button', { name: 'Create engagement' }).click();
  await expect(form.page().getByRole('heading', { level: 1, name: clientName })).toBeVisible();
}

/** Every campaign's name and phase, top to bottom, as the Campaigns & plan worksheet shows them. */
export async function readCampaigns(page: Page): Promise<[string, string][]> {
  const campaigns = page.getByRole('group', { name: /^Campaign \d+$/ });
  const lines: [string, string][] = [];
  for (const campaign of await campaigns.all())
    lines.push([
      await campaign.getByLabel('Name').inputValue(),
      (await campaign.getByLabel('Phase').locator('option:checked').textContent()) ?? '',
    ]);
  return lines;
}
