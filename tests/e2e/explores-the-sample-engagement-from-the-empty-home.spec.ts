import { expect, test } from '@playwright/test';
import { readAgenda } from './harness/agenda-actions';
import { goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import {
  exploreSampleFromEmptyHome,
  exploreSampleFromHelpMenu,
  sample,
} from './harness/sample-actions';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('explores the sample engagement from the empty home and finds every worksheet filled in', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  await expect(page.getByText(sample.title, { exact: true })).toBeVisible();

  // Two sessions; the workshop's agenda was run in facilitator mode, with its actual minutes.
  const session = page.getByLabel('Session', { exact: true });
  await expect(session.locator('option')).toHaveText([
    /^Kick-off session/,
    /^Journey & campaign workshop/,
  ]);
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(/^Map how a mid-size/);
  expect(await readAgenda(page)).toEqual([
    ['13:00', 'What changed since the kick-off', '15', 'Amara Okafor'],
    ['13:15', 'Objectives check: capacity and deadlines', '25', 'ليلى حداد'],
    ['13:40', 'Map the journey, phase by phase', '50', '佐藤 花子'],
    ['14:30', 'Break', '10', ''],
    ['14:40', 'Work backwards from 60 customers', '30', 'Amara Okafor'],
    ['15:10', 'Campaigns: one per phase, each with its own goal', '35', 'Priya Raghunathan'],
    ['15:45', 'Actions, owners and dates', '15', 'ليلى حداد'],
  ]);
  await expect(page.getByText('took 55 min')).toBeVisible();

  await openWorksheet(page, 'Participants');
  for (const name of ['佐藤 花子', 'ليلى حداد', 'Siobhán O’Connell'])
    await expect(
      page.getByRole('textbox', { name: /^Name/ }).and(page.locator(`[value="${name}"]`)),
    ).toHaveCount(1);

  await openWorksheet(page, 'Notes & decisions');
  await expect(page.getByText(/The 2027 target is 60 new distributor customers/)).toBeVisible();

  await openWorksheet(page, 'Situation analysis');
  await expect(page.locator('[value="Paper logs and spreadsheets"]')).toBeVisible();

  await openWorksheet(page, 'Objectives');
  await expect(page.getByText('History of objective 1: 7 changes in 2 sessions')).toBeVisible();

  await openWorksheet(page, 'Sales & marketing alignment');
  await expect(page.locator('[value="Marit, the quality manager"]')).toBeVisible();

  await openWorksheet(page, 'Self-critique');
  await expect(page.locator('[value="Halvorsen FrostLink"]')).toBeVisible();

  await openWorksheet(page, 'Brand personality');
  await expect(page.locator('[value="Sales material"]')).toBeVisible();

  await openWorksheet(page, 'Customer journey map');
  await expect(page.getByText('7 of at most 20 phases')).toBeVisible();

  await openWorksheet(page, 'Campaigns & plan');
  await expect(
    page.getByText(
      '66 new distributor customers at Conversion: the goal of 60 plus a 10 % safety buffer.',
    ),
  ).toBeVisible();
  await expect(page.locator('[value="Pilot in a day"]')).toBeVisible();

  await openWorksheet(page, 'Action items');
  await expect(page.getByText('15 action items')).toBeVisible();
});

test('opens the sample again from the Help menu without making a second one, unless asked for a fresh copy', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  await goHome(page);
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(1);

  // Already here: the Help menu offers to open it.
  await exploreSampleFromHelpMenu(page);
  const question = page.getByRole('alertdialog', {
    name: 'The sample engagement is already on this laptop',
  });
  await question.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: sample.clientName })).toBeVisible();
  await goHome(page);
  await expect(rows).toHaveCount(1);

  // Cancel changes nothing.
  await exploreSampleFromHelpMenu(page);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(rows).toHaveCount(1);

  // A fresh copy, beside the one already here.
  await exploreSampleFromHelpMenu(page);
  await question.getByRole('button', { name: 'Import a fresh copy' }).click();
  await expect(
    page.getByText(/^FY27 growth plan: mid-size food distributors \(imported /),
  ).toBeVisible();
  await goHome(page);
  await expect(rows).toHaveCount(2);
});
