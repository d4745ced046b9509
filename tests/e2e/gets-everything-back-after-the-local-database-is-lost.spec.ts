import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems, readAgenda } from './harness/agenda-actions';
import { loseLocalDatabase } from './harness/browser-crash';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const purpose = 'Leave with three objectives for Q1 that sales and marketing both own.';
const restored =
  'Session Studio restored 1 engagement from its safety copy after the local database was lost.';

async function fillTheEngagement(page: Page) {
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await page.getByLabel('Purpose of this session').fill(purpose);
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 10, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 50, owner: 'Ola (Sales)' },
  ]);

  await openWorksheet(page, 'Participants');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Name of participant 1', { exact: true }).fill('Ola Hansen');
  await page.getByLabel('Title of participant 1').fill('Head of retail sales');
  await page.getByLabel('Role of participant 1').selectOption({ label: 'Sales' });

  await openWorksheet(page, 'Objectives');
  await page.getByRole('button', { name: 'Add objective' }).click();
  const objective = page.getByRole('article', { name: 'Objective 1' });
  await objective.getByLabel('As first stated', { exact: true }).fill('grow retail sales');
  await objective.getByLabel('Metric', { exact: true }).fill('Revenue from retail chains');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
}

test('gets everything back after the local database is lost', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await fillTheEngagement(app.page);
  await app.close();

  // The browser's store is gone, as when Chromium deletes a database it found corrupted.
  loseLocalDatabase(profile);

  app = await launchApp(profile);
  const { page } = app;
  await expect(page.getByRole('alert').filter({ hasText: restored })).toBeVisible();
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(purpose);
  expect(await readAgenda(page)).toEqual([
    ['09:00', 'Welcome & purpose', '10', 'Ingrid'],
    ['09:10', 'Retail channel review', '50', 'Ola (Sales)'],
  ]);

  await openWorksheet(page, 'Participants');
  await expect(page.getByLabel('Name of participant 1', { exact: true })).toHaveValue('Ola Hansen');
  await expect(page.getByLabel('Title of participant 1')).toHaveValue('Head of retail sales');
  await expect(page.getByLabel('Role of participant 1').locator('option:checked')).toHaveText(
    'Sales',
  );

  await openWorksheet(page, 'Objectives');
  const objective = page.getByRole('article', { name: 'Objective 1' });
  await expect(objective.getByLabel('As first stated', { exact: true })).toHaveValue(
    'grow retail sales',
  );
  await expect(objective.getByLabel('Metric', { exact: true })).toHaveValue(
    'Revenue from retail chains',
  );

  // Restored once: the next launch finds both copies in step and says nothing.
  await app.close();
  app = await launchApp(profile);
  await expect(
    app.page.getByRole('listitem', { name: 'Borealis Foods — Retail launch' }),
  ).toBeVisible();
  await expect(app.page.getByText(restored)).toHaveCount(0);
});
