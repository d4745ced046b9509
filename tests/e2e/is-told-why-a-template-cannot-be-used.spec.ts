import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { createFrom, openNewEngagementStartingFrom } from './harness/start-actions';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

/** The shipped samples, with one template cut off and another given 25 journey phases. */
function samplesWithBadTemplates(): string {
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-samples-'));
  cpSync(join(import.meta.dirname, '../../samples'), folder, { recursive: true });
  const templates = join(folder, 'templates');
  const launch = readFileSync(join(templates, 'new-product-launch.json'), 'utf8');
  writeFileSync(join(templates, 'new-product-launch.json'), launch.slice(0, launch.length / 2));
  const leads = JSON.parse(readFileSync(join(templates, 'lead-generation.json'), 'utf8'));
  leads.journeyPhases = Array.from({ length: 25 }, (_, index) => ({
    name: `Step ${index + 1}`,
    customerGoal: '',
    questions: '',
    kpi: '',
  }));
  leads.campaigns = [];
  writeFileSync(join(templates, 'lead-generation.json'), JSON.stringify(leads));
  return folder;
}

test('is told why a damaged template and one with too many phases cannot be used, and starts from a good one', async () => {
  app = await launchApp(newProfileDir(), { samplesFolder: samplesWithBadTemplates() });
  const { page } = app;
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const startFrom = page.getByRole('group', { name: 'Start from' });
  const leads = startFrom.getByRole('radio', { name: /^Lead generation/ });
  await expect(leads).toBeDisabled();
  await expect(startFrom.getByText(/^Lead generation/).locator('..')).toContainText(
    'Can’t be used: A template can have at most 20 journey phases; this one has 25.',
  );
  const damaged = startFrom.getByRole('radio', { name: /^new-product-launch\.json/ });
  await expect(damaged).toBeDisabled();
  await expect(startFrom).toContainText(
    'Can’t be used: The file is not valid JSON: it may have been damaged or edited by hand.',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No engagements yet')).toBeVisible();

  const form = await openNewEngagementStartingFrom(page, 'Brand refresh');
  await createFrom(form, 'Borealis Foods', 'Brand refresh 2027');
  await openWorksheet(page, 'Customer journey map');
  await expect(page.getByText('5 of at most 20 phases')).toBeVisible();
});
