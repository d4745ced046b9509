import { expect, test } from '@playwright/test';
import { addAgendaItems, readAgenda } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const purpose = 'Leave with three objectives for Q1 that sales and marketing both own.';
const ultimateGoal = 'Grow new-customer revenue 20% by next year.';
const immediateGoals =
  'Agree on the three objectives\nName an owner for each\nBook the next session';

test('closes the app and, relaunched offline, finds the engagement, session and agenda', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await createEngagement(app.page, {
    clientName: 'Borealis Foods',
    title: 'Retail launch',
    industry: 'Food & beverage',
    location: 'Borealis HQ, Oslo',
    startTime: '13:30',
    lengthMinutes: 150,
  });
  let { page } = app;
  await page.getByLabel('Session title').fill('Kick-off workshop');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
  await page.getByLabel('Purpose of this session').fill(purpose);
  await page.getByLabel('Ultimate goal').fill(ultimateGoal);
  await page.getByLabel('Immediate, realistic goals').fill(immediateGoals);
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 10, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 50, owner: 'Ola (Sales)' },
    { title: 'Launch objectives', minutes: 40, owner: 'Ingrid' },
    { title: 'Owners & next steps', minutes: 20, owner: 'Kari' },
  ]);
  await page.getByLabel('Agenda item 3', { exact: true }).press('Alt+ArrowUp');
  await expect(page.getByLabel('Agenda item 2', { exact: true })).toHaveValue('Launch objectives');
  await expectAllSaved(page);
  await app.close();

  // Same profile, still offline: everything is where it was left.
  app = await launchApp(profile);
  page = app.page;
  const row = page.getByRole('listitem', { name: 'Borealis Foods — Retail launch' });
  await expect(row).toContainText('Food & beverage');
  await row.getByRole('button', { name: /^Borealis Foods Retail launch/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Borealis Foods' })).toBeVisible();
  await expect(page.getByLabel('Session', { exact: true })).toContainText(
    'Kick-off workshop · 2026-12-03',
  );
  await expect(page.getByLabel('Session title')).toHaveValue('Kick-off workshop');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-12-03');
  await expect(page.getByLabel('Location')).toHaveValue('Borealis HQ, Oslo');
  await expect(page.getByLabel('Starts at', { exact: true })).toHaveValue('13:30');
  await expect(page.getByLabel('Session length (minutes)')).toHaveValue('150');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(purpose);
  await expect(page.getByLabel('Ultimate goal')).toHaveValue(ultimateGoal);
  await expect(page.getByLabel('Immediate, realistic goals')).toHaveValue(immediateGoals);
  await expect(page.getByTestId('agenda-row')).toHaveCount(4);
  expect(await readAgenda(page)).toEqual([
    ['13:30', 'Welcome & purpose', '10', 'Ingrid'],
    ['13:40', 'Launch objectives', '40', 'Ingrid'],
    ['14:20', 'Retail channel review', '50', 'Ola (Sales)'],
    ['15:10', 'Owners & next steps', '20', 'Kari'],
  ]);
  await expect(page.getByTestId('agenda-summary')).toHaveText(
    'Planned 2 h of 2 h 30 min, ending at 15:30. 30 min unplanned.',
  );

  // The engagement details came back too.
  await page.getByRole('button', { name: 'Engagement details' }).click();
  await expect(page.getByLabel('Industry')).toHaveValue('Food & beverage');
});
