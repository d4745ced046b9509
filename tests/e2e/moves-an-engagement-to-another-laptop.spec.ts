import { expect, test, type Page } from '@playwright/test';
import {
  addAgendaItems,
  kickOffAgenda,
  kickOffGoals,
  readAgenda,
  writePurposeAndGoals,
} from './harness/agenda-actions';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import {
  engagementFilePath,
  exportEngagementFile,
  importEngagementFile,
} from './harness/engagement-file-actions';
import {
  addTouchPoint,
  expectTouchPoint,
  journeyField,
  openJourneyMap,
  type TouchPointInput,
} from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const engagement = {
  clientName: 'Acme Robotics',
  title: 'FY27 growth plan',
  industry: 'Industrial automation',
  consultantName: 'Priya Shah',
  firmName: 'North Star Consulting',
  location: 'Acme HQ, Lyon',
  startTime: '08:30',
  lengthMinutes: 150,
};
const demo: TouchPointInput = {
  channel: 'Trade fair',
  content: 'Live demo of a cobot cell',
  owner: 'Ingrid (Marketing)',
  status: 'Exists today',
};
const goal = 'Find out whether robots fit a plant our size';
const action = 'Send the situation review to the sales team';

async function expectAction(page: Page) {
  const row = page.getByTestId('action-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByLabel('Action', { exact: true })).toHaveValue(action);
  await expect(row.getByLabel('Owner', { exact: true }).locator('option:checked')).toHaveText(
    'Dana Lee',
  );
  await expect(row.getByLabel('Due', { exact: true })).toHaveValue('2030-01-31');
  await expect(row.getByLabel('Came from', { exact: true }).locator('option:checked')).toHaveText(
    'Situation review',
  );
}

test('moves an engagement to another laptop: exports it to a file, imports it on a fresh laptop and finds every value', async () => {
  app = await launchApp(newProfileDir());
  let { page } = app;
  await createEngagement(page, engagement);

  // Purpose & agenda of the kick-off.
  await writePurposeAndGoals(page, kickOffGoals);
  await addAgendaItems(page, kickOffAgenda);
  const agenda = await readAgenda(page);

  // Who is in the room.
  await openWorksheet(page, 'Participants');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Name of participant 1', { exact: true }).fill('Dana Lee');
  await page.getByLabel('Role of participant 1').selectOption({ label: 'Sales' });

  // The journey: a goal and a touch point in the first phase.
  await openJourneyMap(page);
  await journeyField(page, 'Customer goal — 1. Awareness').fill(goal);
  await addTouchPoint(page, '1. Awareness', 1, demo);

  // An action owned by a participant, raised from an agenda item.
  await openWorksheet(page, 'Action items');
  await page.getByRole('button', { name: 'Add action item' }).click();
  const row = page.getByTestId('action-row');
  await row.getByLabel('Action', { exact: true }).fill(action);
  await row.getByLabel('Owner', { exact: true }).selectOption({ label: 'Dana Lee' });
  await row.getByLabel('Due', { exact: true }).fill('2030-01-31');
  await row.getByLabel('Came from', { exact: true }).selectOption({ label: 'Situation review' });
  await expectAllSaved(page);

  const file = engagementFilePath();
  await exportEngagementFile(app, file);
  expect(app.saveDialogs.at(-1)?.defaultFileName).toMatch(
    /^Acme Robotics - FY27 growth plan - \d{4}-\d{2}-\d{2}\.sessionstudio$/,
  );
  await app.close();

  // Another laptop: a fresh profile that has never seen this engagement.
  const otherLaptop = newProfileDir();
  app = await launchApp(otherLaptop);
  page = app.page;
  await expect(page.getByText('No engagements yet')).toBeVisible();
  await importEngagementFile(app, file);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Robotics' })).toBeVisible();

  await expect(page.getByLabel('Session', { exact: true })).toContainText('Kick-off session');
  await expect(page.getByLabel('Location')).toHaveValue(engagement.location);
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(kickOffGoals.purpose);
  await expect(page.getByLabel('Ultimate goal')).toHaveValue(kickOffGoals.ultimateGoal);
  await expect(page.getByLabel('Immediate, realistic goals')).toHaveValue(
    kickOffGoals.immediateGoals,
  );
  expect(await readAgenda(page)).toEqual(agenda);

  await openWorksheet(page, 'Participants');
  await expect(page.getByLabel('Name of participant 1', { exact: true })).toHaveValue('Dana Lee');
  await expect(page.getByLabel('Role of participant 1').locator('option:checked')).toHaveText(
    'Sales',
  );

  await openJourneyMap(page);
  await expect(journeyField(page, 'Customer goal — 1. Awareness')).toHaveValue(goal);
  await expectTouchPoint(page, '1. Awareness', 1, demo);

  await openWorksheet(page, 'Action items');
  await expectAction(page);

  await openWorksheet(page, 'Engagement details');
  await expect(page.getByLabel('Industry')).toHaveValue(engagement.industry);
  await expect(page.getByLabel('Consultant')).toHaveValue(engagement.consultantName);
  await expect(page.getByLabel('Firm')).toHaveValue(engagement.firmName);

  // It is at home on this laptop now: in the list, and still there after a relaunch.
  await goHome(page);
  await expect(
    page.getByRole('listitem', { name: 'Acme Robotics — FY27 growth plan' }),
  ).toBeVisible();
  await app.close();
  app = await launchApp(otherLaptop);
  await reopenEngagement(app.page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(app.page, 'Action items');
  await expectAction(app.page);
});
