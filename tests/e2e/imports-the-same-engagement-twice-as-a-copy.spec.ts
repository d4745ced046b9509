import { expect, test } from '@playwright/test';
import { addAgendaItems, readAgenda } from './harness/agenda-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import {
  engagementFilePath,
  exportEngagementFile,
  importEngagementFile,
} from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('imports the same engagement twice: is asked, gets a copy beside the original, and never overwrites it', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await page.getByLabel('Purpose of this session').fill('Agree on the launch plan.');
  await addAgendaItems(page, [
    { title: 'Welcome', minutes: 10, owner: 'Ingrid' },
    { title: 'Retail channels', minutes: 50, owner: 'Ola' },
  ]);
  const file = engagementFilePath('Borealis.sessionstudio');
  await exportEngagementFile(app, file);
  await goHome(page);
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(1);

  // Importing it again on the same laptop: asked, and Cancel changes nothing.
  await importEngagementFile(app, file);
  const question = page.getByRole('alertdialog', {
    name: '“Borealis Foods — Retail launch” is already on this laptop',
  });
  await expect(question).toContainText(/named “Retail launch \(imported \d{4}-\d{2}-\d{2}\)”/);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(rows).toHaveCount(1);

  // Again, as a copy this time: it opens, marked as imported.
  await importEngagementFile(app, file);
  await question.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Borealis Foods' })).toBeVisible();
  await expect(page.getByText(/^Retail launch \(imported \d{4}-\d{2}-\d{2}\)$/)).toBeVisible();
  await expect(page.getByLabel('Purpose of this session')).toHaveValue('Agree on the launch plan.');
  expect((await readAgenda(page)).map((line) => line[1])).toEqual(['Welcome', 'Retail channels']);

  // The copy is its own engagement: editing it leaves the original alone.
  await page.getByLabel('Purpose of this session').fill('The copy’s own purpose.');
  await page.getByRole('button', { name: 'Remove “Welcome”' }).click();
  await expectAllSaved(page);
  await goHome(page);
  await expect(rows).toHaveCount(2);
  await expect(
    page.getByRole('listitem', { name: /^Borealis Foods — Retail launch \(imported / }),
  ).toBeVisible();
  await page
    .getByRole('listitem', { name: 'Borealis Foods — Retail launch', exact: true })
    .getByRole('button', { name: /^Borealis Foods Retail launch opened/ })
    .click();
  await openWorksheet(page, 'Purpose & agenda');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue('Agree on the launch plan.');
  expect((await readAgenda(page)).map((line) => line[1])).toEqual(['Welcome', 'Retail channels']);
});
