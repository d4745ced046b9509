import { expect, test } from '@playwright/test';
import {
  addAgendaItems,
  dragAgendaItem,
  kickOffAgenda,
  kickOffGoals,
  moveAgendaItemWithHandle,
  readAgenda,
  writePurposeAndGoals,
} from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp(newProfileDir());
  await createEngagement(app.page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    startTime: '09:00',
    lengthMinutes: 120,
  });
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const titles = async () => (await readAgenda(app.page)).map((line) => line[1]);

test('writes a purpose and goals, then builds, reorders and times the agenda', async () => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Purpose & agenda' })).toBeVisible();
  await expect(page.locator('.worksheet-hint')).toContainText('clear, attainable purpose');

  await writePurposeAndGoals(page, kickOffGoals);
  await addAgendaItems(page, kickOffAgenda);
  // Start times follow from the session's start and each item's minutes.
  expect(await readAgenda(page)).toEqual([
    ['09:00', 'Welcome & purpose', '15', 'Dana'],
    ['09:15', 'Situation review', '45', 'Sam (Sales)'],
    ['10:00', 'Objectives & owners', '30', 'Lee'],
  ]);
  const summary = page.getByTestId('agenda-summary');
  await expect(summary).toHaveText('Planned 1 h 30 min of 2 h, ending at 10:30. 30 min unplanned.');

  // Reorder by keyboard: Alt+↑ inside a row…
  await page.getByLabel('Agenda item 3', { exact: true }).press('Alt+ArrowUp');
  await expect
    .poll(titles)
    .toEqual(['Welcome & purpose', 'Objectives & owners', 'Situation review']);
  // …and the drag handle's keyboard mode (Space, arrows, Space).
  await moveAgendaItemWithHandle(page, 'Welcome & purpose', 2);
  await expect
    .poll(titles)
    .toEqual(['Objectives & owners', 'Situation review', 'Welcome & purpose']);
  // …and the row's move buttons.
  await page.getByRole('button', { name: 'Move “Welcome & purpose” up' }).click();
  await expect
    .poll(titles)
    .toEqual(['Objectives & owners', 'Welcome & purpose', 'Situation review']);

  // Reorder by dragging the handle with the mouse.
  await dragAgendaItem(page, 'Situation review', 'Objectives & owners');
  await expect
    .poll(titles)
    .toEqual(['Situation review', 'Objectives & owners', 'Welcome & purpose']);
  await expectAllSaved(page);
  expect(await readAgenda(page)).toEqual([
    ['09:00', 'Situation review', '45', 'Sam (Sales)'],
    ['09:45', 'Objectives & owners', '30', 'Lee'],
    ['10:15', 'Welcome & purpose', '15', 'Dana'],
  ]);

  // Timing past the session's length warns plainly.
  await page.getByLabel('Minutes for item 2', { exact: true }).fill('90');
  await expect(page.getByRole('alert')).toHaveText(
    'The agenda runs 30 min over the session’s length. Shorten or drop an item, or lengthen the session.',
  );
  await expect(summary).toContainText('Planned 2 h 30 min of 2 h, ending at 11:30.');
  // Lengthening the session clears it.
  await page.getByLabel('Session length (minutes)').fill('150');
  await expect(summary).toHaveText('Planned 2 h 30 min of 2 h 30 min, ending at 11:30.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAllSaved(page);

  // The order and timing are stored, not only shown.
  await page.reload();
  await expect
    .poll(() => readAgenda(page))
    .toEqual([
      ['09:00', 'Situation review', '45', 'Sam (Sales)'],
      ['09:45', 'Objectives & owners', '90', 'Lee'],
      ['11:15', 'Welcome & purpose', '15', 'Dana'],
    ]);
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(kickOffGoals.purpose);
});

test('refuses negative or absurd minutes and session lengths, keeping what was stored', async () => {
  const { page } = app;
  await addAgendaItems(page, [{ title: 'Situation review', minutes: 45, owner: 'Sam' }]);
  const minutes = page.getByLabel('Minutes for item 1', { exact: true });
  const length = page.getByLabel('Session length (minutes)');
  const summary = page.getByTestId('agenda-summary');

  for (const [typed, message] of [
    ['-5', 'Minutes must be between 1 and 480.'],
    ['0', 'Minutes must be between 1 and 480.'],
    ['100000000000000000000', 'Minutes must be between 1 and 480.'],
    ['1e3', 'Minutes must be a whole number.'],
    ['forty', 'Minutes must be a whole number.'],
    ['', 'Minutes must be a whole number.'],
  ] as const) {
    await minutes.fill(typed);
    await expect(page.getByText(message)).toBeVisible();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toContainText('Planned 45 min of 2 h');
  }
  for (const [typed, message] of [
    ['-60', 'Session length must be between 15 and 1440.'],
    ['5', 'Session length must be between 15 and 1440.'],
    ['99999', 'Session length must be between 15 and 1440.'],
    ['2.5', 'Session length must be a whole number.'],
  ] as const) {
    await length.fill(typed);
    await expect(page.getByText(message)).toBeVisible();
    await expect(summary).toContainText('Planned 45 min of 2 h');
  }
  await length.blur();
  // Both fields still hold a refused value: the indicator says so rather than "All changes saved".
  await expect(page.getByTestId('save-indicator').first()).toHaveText(
    'Not saved: 2 values were refused',
  );

  // Nothing refused reached the database: a reload shows the stored values.
  await page.reload();
  await expect(page.getByLabel('Minutes for item 1', { exact: true })).toHaveValue('45');
  await expect(page.getByLabel('Session length (minutes)')).toHaveValue('120');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A fixed value is accepted and the message goes.
  await page.getByLabel('Minutes for item 1', { exact: true }).fill('60');
  await expect(page.getByTestId('agenda-summary')).toContainText('Planned 1 h of 2 h');
  await expectAllSaved(page);
});
