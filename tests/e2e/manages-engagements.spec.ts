import { expect, test } from '@playwright/test';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp(newProfileDir());
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('creates an engagement and lands in its workspace with a first session', async () => {
  const { page } = app;
  await expect(page.getByText('No engagements yet')).toBeVisible();
  await createEngagement(page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    industry: 'Industrial automation',
    location: 'Acme HQ',
  });
  await expect(page.getByLabel('Session', { exact: true })).toContainText('Kick-off session');
  await expect(
    page.getByRole('navigation', { name: 'Worksheets' }).getByRole('button'),
  ).toHaveCount(12);
  await expect(page.getByText('not built yet')).toHaveCount(0);
  await goHome(page);
  await expect(
    page.getByRole('listitem', { name: 'Acme Robotics — FY27 growth plan' }),
  ).toBeVisible();
});

test('refuses an empty or 10,000-character client name with a clear message', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const form = page.getByRole('dialog', { name: 'New engagement' });
  await form.getByRole('button', { name: 'Create engagement' }).click();
  await expect(form.getByText('Client name is required.')).toBeVisible();
  await form.getByLabel('Client name').fill('x'.repeat(10_000));
  await form.getByLabel('Engagement title').fill('Plan');
  await form.getByRole('button', { name: 'Create engagement' }).click();
  await expect(form.getByText('Client name can be at most 200 characters.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No engagements yet')).toBeVisible();
});

test('finds, renames, archives, deletes and undoes the deletion of an engagement', async () => {
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await goHome(page);
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });

  // Rename from the engagement's details.
  await page.getByRole('button', { name: 'Engagement details' }).click();
  await page.getByLabel('Client name').fill('Borealis Foods Ltd');
  await expectAllSaved(page);
  await goHome(page);

  // Sorted by last opened: Borealis first.
  const rows = page.getByRole('listitem');
  await expect(rows.first()).toHaveAccessibleName('Borealis Foods Ltd — Retail launch');

  // Find by part of the client or title.
  await page.getByLabel('Find engagements by client or title').fill('growth');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName('Acme Robotics — FY27 growth plan');
  await page.getByLabel('Find engagements by client or title').fill('');

  // Archive: out of the way until asked for.
  await page.getByRole('button', { name: 'Archive Acme Robotics — FY27 growth plan' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('tab', { name: 'Archived (1)' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Acme Robotics — FY27 growth plan' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Unarchive Acme Robotics — FY27 growth plan' }).click();
  await page.getByRole('tab', { name: 'Active' }).click();
  await expect(rows).toHaveCount(2);

  // Delete after a confirmation that names it, then undo.
  await page.getByRole('button', { name: 'Delete Acme Robotics — FY27 growth plan' }).click();
  const confirm = page.getByRole('alertdialog', {
    name: 'Delete “Acme Robotics — FY27 growth plan”?',
  });
  await confirm.getByRole('button', { name: 'Delete engagement' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);

  // Delete for good once the undo window passes; it stays gone after a reload.
  await page.getByRole('button', { name: 'Delete Acme Robotics — FY27 growth plan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete engagement' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('listitem').first()).toHaveAccessibleName(
    'Borealis Foods Ltd — Retail launch',
  );
});
