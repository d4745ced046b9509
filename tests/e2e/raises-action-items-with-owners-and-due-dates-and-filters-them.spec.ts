import { expect, test, type Locator, type Page } from '@playwright/test';
import { addAgendaItems } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

interface ActionLine {
  Action: string;
  Owner: string;
  'Owner name'?: string;
  Due: string;
  Status: string;
  'Came from': string;
}
const actions: ActionLine[] = [
  {
    Action: 'Draft the new pricing page',
    Owner: 'Dana Lee',
    Due: '2030-01-31',
    Status: 'In progress',
    'Came from': 'Pricing review',
  },
  {
    Action: 'Call the three lost deals',
    Owner: 'Someone else (type a name)',
    'Owner name': 'Sam Ortiz',
    Due: '2024-03-01',
    Status: 'Open',
    'Came from': 'Not linked to a source',
  },
  {
    Action: 'Refresh the case studies',
    Owner: 'Dana Lee',
    Due: '2030-02-15',
    Status: 'Done',
    'Came from': 'Not linked to a source',
  },
];

const rows = (page: Page) => page.getByTestId('action-row');
const selects = new Set(['Owner', 'Status', 'Came from']);

async function fillAction(row: Locator, action: ActionLine) {
  for (const [label, value] of Object.entries(action)) {
    const field = row.getByLabel(label, { exact: true });
    if (selects.has(label)) await field.selectOption({ label: value });
    else await field.fill(value);
  }
}

async function expectActions(page: Page, expected: readonly ActionLine[]) {
  await expect(rows(page)).toHaveCount(expected.length);
  for (const [index, action] of expected.entries()) {
    const row = rows(page).nth(index);
    for (const [label, value] of Object.entries(action)) {
      const field = row.getByLabel(label, { exact: true });
      if (selects.has(label)) await expect(field.locator('option:checked')).toHaveText(value);
      else await expect(field).toHaveValue(value);
    }
    await expect(row).toContainText('Raised in Kick-off session');
  }
}

async function filterBy(page: Page, owner: string, status: string) {
  await page.getByLabel('Filter by owner').selectOption({ label: owner });
  await page.getByLabel('Filter by status').selectOption({ label: status });
}

test('raises action items with owners and due dates, filters them by owner and status, sees the overdue one stand out, and finds them after relaunching offline', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });

  // The owner-to-be is in the room: added on the Participants worksheet.
  await openWorksheet(page, 'Participants');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Name of participant 1', { exact: true }).fill('Dana Lee');
  await page.getByLabel('Role of participant 1').selectOption({ label: 'Sales' });
  // The agenda item an action will come from.
  await openWorksheet(page, 'Purpose & agenda');
  await addAgendaItems(page, [{ title: 'Pricing review', minutes: 30, owner: 'Dana' }]);

  await openWorksheet(page, 'Action items');
  for (const action of actions) {
    const count = await rows(page).count();
    await page.getByRole('button', { name: 'Add action item' }).click();
    await expect(rows(page)).toHaveCount(count + 1);
    await expect(rows(page).nth(count).getByLabel('Action', { exact: true })).toBeFocused();
    await fillAction(rows(page).nth(count), action);
    // A late action's row grows an "Overdue since" badge once saved, moving the Add button down:
    // wait for it before reaching for the button again.
    if (action.Due < new Date().toISOString().slice(0, 10))
      await expect(rows(page).nth(count).getByTestId('overdue-badge')).toBeVisible();
  }
  await expectAllSaved(page);
  await expectActions(page, actions);

  // The late one stands out; its date before the session is questioned, not refused.
  const late = rows(page).nth(1);
  await expect(late).toHaveAttribute('data-overdue', 'true');
  await expect(late.getByTestId('overdue-badge')).toHaveText('Overdue since 2024-03-01');
  await expect(late).toContainText('Due before the session that raised it');
  await expect(rows(page).nth(0).getByTestId('overdue-badge')).toHaveCount(0);
  await expect(rows(page).nth(2).getByTestId('overdue-badge')).toHaveCount(0);
  await expect(page.getByTestId('action-count')).toHaveText('3 action items · 1 overdue');

  // An absurd year typed into the date is refused with a sane range; the stored date stays.
  const due = rows(page).nth(2).getByLabel('Due', { exact: true });
  await due.focus();
  await page.keyboard.type('02152026600');
  await expect(rows(page).nth(2).getByRole('alert')).toHaveText(
    'Choose a due date between the years 2000 and 2100.',
  );
  await due.fill('2030-02-15');
  await expect(rows(page).nth(2).getByRole('alert')).toHaveCount(0);
  await expectAllSaved(page);

  // Filters: one owner, then what is still to do, then only what is late.
  await filterBy(page, 'Dana Lee (2)', 'Any status');
  await expectActions(page, [actions[0]!, actions[2]!]);
  await filterBy(page, 'Dana Lee (2)', 'Still to do (open or in progress)');
  await expectActions(page, [actions[0]!]);
  await expect(page.getByTestId('action-count')).toContainText('Showing 1 of 3 action items');
  await filterBy(page, 'Sam Ortiz (1)', 'Any status');
  await expectActions(page, [actions[1]!]);
  await filterBy(page, 'Everyone', 'Overdue');
  await expectActions(page, [actions[1]!]);
  await filterBy(page, 'Everyone', 'Done');
  await expectActions(page, [actions[2]!]);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expectActions(page, actions);
  await app.close();

  // Relaunched offline: owners, dates, statuses and sources are all there; the late one still stands out.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(page, 'Action items');
  await expectActions(page, actions);
  await expect(rows(page).nth(1).getByTestId('overdue-badge')).toBeVisible();
  await filterBy(page, 'Dana Lee (2)', 'Done');
  await expectActions(page, [actions[2]!]);
});
