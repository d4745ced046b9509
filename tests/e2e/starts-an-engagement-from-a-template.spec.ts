import { expect, test } from '@playwright/test';
import { readAgenda } from './harness/agenda-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { createFrom, openNewEngagementStartingFrom, readCampaigns } from './harness/start-actions';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('starts a product launch from its template: a timed agenda, the journey, objectives to refine and campaign skeletons', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const form = await openNewEngagementStartingFrom(page, 'New product launch');
  await expect(form.getByLabel('Length (minutes)')).toHaveValue('240');
  await form.getByLabel('Starts at').fill('09:30');
  await createFrom(form, 'Borealis Foods', 'Oat drink launch');

  await expect(page.getByLabel('Session', { exact: true }).locator('option')).toHaveText([
    /^Launch planning session/,
  ]);
  expect(await readAgenda(page)).toEqual([
    ['09:30', 'Welcome, purpose and ground rules', '10', ''],
    ['09:40', 'The product, and who it is for', '30', ''],
    ['10:10', 'The market and competitors at launch', '30', ''],
    ['10:40', 'Launch objectives: from wishes to numbers', '40', ''],
    ['11:20', 'Break', '15', ''],
    ['11:35', 'The launch journey, phase by phase', '45', ''],
    ['12:20', 'Launch campaigns and timeline', '40', ''],
    ['13:00', 'Owners and next steps', '20', ''],
  ]);

  await openWorksheet(page, 'Customer journey map');
  await expect(page.getByText('6 of at most 20 phases')).toBeVisible();
  await expect(page.getByLabel('Name of phase 3')).toHaveValue('Trial');

  // The suggested objectives are vague on purpose: the SMART check says what is missing.
  await openWorksheet(page, 'Objectives');
  await expect(page.getByLabel('As first stated').first()).toHaveValue(
    'Make a splash with the launch.',
  );
  await expect(page.getByText('SMART ✓')).toHaveCount(0);

  await openWorksheet(page, 'Campaigns & plan');
  expect(await readCampaigns(page)).toEqual([
    ['Teaser and waiting list', 'Awareness'],
    ['Launch event', 'Interest'],
    ['Risk-free trial', 'Trial'],
    ['Launch offer', 'Purchase'],
    ['First customer stories', 'Advocacy'],
  ]);
});

test('starts blank: an empty agenda and the five usual phases', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const form = await openNewEngagementStartingFrom(page, 'Blank');
  await createFrom(form, 'Acme Robotics', 'FY27 growth plan');
  expect(await readAgenda(page)).toEqual([]);
  await openWorksheet(page, 'Customer journey map');
  await expect(page.getByText('5 of at most 20 phases')).toBeVisible();
});
