import { expect, test } from '@playwright/test';
import { readAgenda } from './harness/agenda-actions';
import { goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { exploreSampleFromEmptyHome, sample } from './harness/sample-actions';
import { createFrom, openNewEngagementStartingFrom, readCampaigns } from './harness/start-actions';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('starts next year’s plan for a returning client from last year’s structure, leaving last year’s as it was', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  await goHome(page);

  const form = await openNewEngagementStartingFrom(page, 'A past engagement');
  await expect(form.getByLabel('Copy from')).toHaveValue(/.+/);
  await expect(form.getByLabel('Client name')).toHaveValue(sample.clientName);
  await form.getByRole('radio', { name: /^Structure only/ }).check();
  await createFrom(form, sample.clientName, 'FY28 growth plan');
  await expect(page.getByText('FY28 growth plan', { exact: true })).toBeVisible();

  // The last session's agenda, not yet run; the objectives as first stated, to refine again.
  const agenda = await readAgenda(page);
  expect(agenda.map((line) => line[1])).toEqual([
    'What changed since the kick-off',
    'Objectives check: capacity and deadlines',
    'Map the journey, phase by phase',
    'Break',
    'Work backwards from 60 customers',
    'Campaigns: one per phase, each with its own goal',
    'Actions, owners and dates',
  ]);
  await expect(page.getByText(/^took /)).toHaveCount(0);
  await openWorksheet(page, 'Objectives');
  await expect(page.getByLabel('As first stated').first()).toHaveValue(
    'Grow our share of the mid-size distributor market.',
  );
  await expect(page.getByLabel('Target').first()).toHaveValue('');
  await openWorksheet(page, 'Campaigns & plan');
  expect((await readCampaigns(page))[0]).toEqual(['The Cold Truth report', 'Awareness']);
  await openWorksheet(page, 'Action items');
  await expect(page.getByText('0 action items')).toBeVisible();

  // Last year's engagement is untouched.
  await goHome(page);
  await reopenEngagement(page, sample.clientName, sample.title);
  await openWorksheet(page, 'Action items');
  await expect(page.getByText('15 action items')).toBeVisible();
});

test('copies everything of a past engagement into a new one with a new first session', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  await goHome(page);
  const form = await openNewEngagementStartingFrom(page, 'A past engagement');
  await form.getByRole('radio', { name: /^Everything/ }).check();
  await createFrom(form, sample.clientName, 'FY28 growth plan');
  await expect(page.getByLabel('Session', { exact: true }).locator('option')).toHaveText([
    /^Kick-off session · 2026-09-15/,
    /^Journey & campaign workshop · 2026-10-27/,
    /^Kick-off session · \d{4}-\d{2}-\d{2}/,
  ]);
  await openWorksheet(page, 'Action items');
  await expect(page.getByText('15 action items')).toBeVisible();
  await goHome(page);
  await expect(page.getByRole('listitem')).toHaveCount(2);
});
