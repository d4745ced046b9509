import { expect, test, type Page } from '@playwright/test';
import { dragAgendaItem } from './harness/agenda-actions';
import { pasteInto } from './harness/clipboard';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

interface Person {
  name: string;
  title: string;
  organisation: string;
  role: string;
  attendance: string;
}

const rows = (page: Page) => page.getByTestId('participant-row');
const salesWarning = (page: Page) =>
  page.getByTestId('coverage').getByRole('alert').filter({ hasText: 'No one from sales' });

/** Adds a person the way a consultant does: Add participant, then type into the new row. */
async function addParticipant(page: Page, person: Person) {
  const number = (await rows(page).count()) + 1;
  await page.getByRole('button', { name: 'Add participant' }).click();
  const name = page.getByLabel(`Name of participant ${number}`, { exact: true });
  await expect(name).toBeFocused();
  await name.fill(person.name);
  await page.getByLabel(`Title of participant ${number}`).fill(person.title);
  await page.getByLabel(`Organisation of participant ${number}`).fill(person.organisation);
  await page.getByLabel(`Role of participant ${number}`).selectOption({ label: person.role });
  await page
    .getByLabel(`Attendance of participant ${number}`)
    .selectOption({ label: person.attendance });
  await expectAllSaved(page);
}

async function expectParticipants(page: Page, people: readonly Person[]) {
  await expect(rows(page)).toHaveCount(people.length);
  for (const [index, person] of people.entries()) {
    const number = index + 1;
    await expect(page.getByLabel(`Name of participant ${number}`)).toHaveValue(person.name);
    await expect(page.getByLabel(`Title of participant ${number}`)).toHaveValue(person.title);
    await expect(page.getByLabel(`Organisation of participant ${number}`)).toHaveValue(
      person.organisation,
    );
    await expect(
      page.getByLabel(`Role of participant ${number}`).locator('option:checked'),
    ).toHaveText(person.role);
    await expect(
      page.getByLabel(`Attendance of participant ${number}`).locator('option:checked'),
    ).toHaveText(person.attendance);
  }
}

const ana: Person = {
  name: 'Ana Ruiz',
  title: 'CMO',
  organisation: 'Acme Robotics',
  role: 'Marketing',
  attendance: 'Attended',
};
const dana: Person = {
  name: 'Dana Lee',
  title: 'VP Sales',
  organisation: 'Acme Robotics',
  role: 'Sales',
  attendance: 'Invited',
};
const eli: Person = {
  name: 'Eli Novak',
  title: 'CEO',
  organisation: 'Acme Robotics',
  role: 'Executive / C-suite',
  attendance: 'Attended',
};
const bo: Person = {
  name: 'Bo Chen',
  title: 'Account executive',
  organisation: 'Acme Robotics',
  role: 'Sales',
  attendance: 'Attended',
};
const sol: Person = {
  name: 'Sol Park',
  title: 'Strategy lead',
  organisation: 'Northwind Consulting',
  role: 'Strategist',
  attendance: 'Attended',
};

test('maps who is in the room, is warned while sales is missing, and finds it all after relaunching offline', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await openWorksheet(page, 'Participants');
  await expect(page.getByText('Nobody is listed yet.')).toBeVisible();

  // Marketing alone: the coverage panel says sales is missing.
  await addParticipant(page, ana);
  await expect(salesWarning(page)).toContainText('Nobody on the list has the sales role.');
  await expect(page.getByTestId('coverage-missing')).toHaveText(
    'Missing roles: Sales, Executive / C-suite, Strategist and Message developer.',
  );

  // An invited salesperson is expected in the room: no warning.
  await addParticipant(page, dana);
  await expect(salesWarning(page)).toBeHidden();
  await expect(page.getByTestId('coverage')).toContainText(
    'Dana Lee invited, not yet marked as attended',
  );

  // She sends word she cannot come: the warning is back and names her.
  await page.getByLabel('Attendance of participant 2').selectOption({ label: 'Absent' });
  await expect(salesWarning(page)).toContainText('Dana Lee (sales) is marked absent.');
  dana.attendance = 'Absent';

  // An account executive steps in: sales is in the room again.
  await addParticipant(page, bo);
  await expect(salesWarning(page)).toBeHidden();
  await addParticipant(page, eli);
  await addParticipant(page, sol);
  await expect(page.getByTestId('coverage-missing')).toHaveText(
    'Missing roles: Message developer.',
  );
  await expect(page.getByTestId('coverage')).toContainText('4 attended · 0 invited · 1 absent');

  // Removing the account executive brings the warning back; Undo puts him back in his place.
  await page.getByRole('button', { name: 'Remove “Bo Chen”' }).click();
  await expect(salesWarning(page)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(salesWarning(page)).toBeHidden();
  await expect(page.getByLabel('Name of participant 3')).toHaveValue('Bo Chen');

  // Reorder: the CEO first by dragging, the strategist up one from the keyboard.
  await dragAgendaItem(page, 'Eli Novak', 'Ana Ruiz');
  await expect(page.getByLabel('Name of participant 1')).toHaveValue('Eli Novak');
  await page.getByLabel('Name of participant 5').press('Alt+ArrowUp');
  await expect(page.getByLabel('Name of participant 4')).toHaveValue('Sol Park');

  // A title pasted far past its limit is refused with the reason, and kept in the field.
  const title = page.getByLabel('Title of participant 2');
  await title.fill('Chief marketing officer '.repeat(20));
  await expect(page.getByText('Title can be at most 200 characters (now 480).')).toBeVisible();
  await title.fill('CMO');
  await expectAllSaved(page);

  const expected = [eli, ana, dana, sol, bo];
  await expectParticipants(page, expected);
  await app.close();

  // Relaunched offline, same profile: every person, role, attendance and the order are there.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(page, 'Participants');
  await expectParticipants(page, expected);
  await expect(salesWarning(page)).toBeHidden();
  await expect(page.getByTestId('coverage-missing')).toHaveText(
    'Missing roles: Message developer.',
  );
});

test('adds a pasted list of people up to the session’s limit and keeps the rest in the box', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await openWorksheet(page, 'Participants');

  // Many lines pasted into a name field stay one person, never a crash or lost row.
  await page.getByRole('button', { name: 'Add participant' }).click();
  const pastedNames = Array.from({ length: 3000 }, (_, i) => `Guest ${i + 1}`).join('\n');
  await pasteInto(page, page.getByLabel('Name of participant 1'), pastedNames);
  await expect(page.getByText(/Name can be at most 200 characters/)).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Name of participant 1').fill('Ingrid Berg');
  await expectAllSaved(page);

  // A list from the invitation: a few real lines, one without a name, and far too many more.
  await page.getByText('Add several people at once').click();
  const box = page.getByLabel('People to add, one per line');
  const invitees = Array.from({ length: 150 }, (_, i) => `Invitee ${i + 1}, Buyer, Borealis`);
  await pasteInto(
    page,
    box,
    ['Ola Dahl, Head of Sales, Borealis', ', no name here', ...invitees].join('\n'),
  );
  await page.getByRole('button', { name: 'Add these people' }).click();
  await expect(page.getByTestId('paste-outcome')).toHaveText(
    'Added 99 people. Kept in the box: 52 did not fit: the list is full; 1 has no name.',
  );
  await expect(rows(page)).toHaveCount(100);
  await expect(page.getByLabel('Name of participant 2', { exact: true })).toHaveValue('Ola Dahl');
  await expect(page.getByLabel('Title of participant 2', { exact: true })).toHaveValue(
    'Head of Sales',
  );
  // What could not be added is still in the box, in the pasted order: nothing lost.
  const left = (await box.inputValue()).split('\n');
  expect(left).toHaveLength(53);
  expect(left[0]).toBe(', no name here');
  expect(left[1]).toBe('Invitee 99, Buyer, Borealis');
  expect(left.at(-1)).toBe('Invitee 150, Buyer, Borealis');

  // The list is full: adding one more says why.
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(
    page.getByText('A session can have at most 100 participants.', { exact: true }),
  ).toBeVisible();
  await expect(rows(page)).toHaveCount(100);
});
