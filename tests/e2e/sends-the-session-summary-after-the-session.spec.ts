import { exportThrough, takeExportChoices } from './harness/export-choices';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAgendaItems } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { convertToPdf, pdfPages, readWordDocument } from './harness/word-readers';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-summary-'));
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const purpose = 'Agree on three objectives for Q1 that sales and marketing both own.';
const decisions = [
  'Launch in Norway first, Sweden in Q3.',
  'No price promotion in the first 8 weeks.',
];

interface Person {
  name: string;
  title: string;
  role: string;
  attendance: string;
}
const people: Person[] = [
  { name: 'Ana Ortiz', title: 'CMO', role: 'Marketing', attendance: 'Attended' },
  { name: 'Sam Ortiz', title: 'Sales director', role: 'Sales', attendance: 'Absent' },
  { name: 'Per Lund', title: 'CFO', role: 'Executive / C-suite', attendance: 'Attended' },
];

async function addParticipants(page: Page) {
  await openWorksheet(page, 'Participants');
  for (const [index, person] of people.entries()) {
    const number = index + 1;
    await page.getByRole('button', { name: 'Add participant' }).click();
    await expect(page.getByLabel(`Name of participant ${number}`, { exact: true })).toBeFocused();
    await page.getByLabel(`Name of participant ${number}`, { exact: true }).fill(person.name);
    await page.getByLabel(`Title of participant ${number}`).fill(person.title);
    await page.getByLabel(`Organisation of participant ${number}`).fill('Acme');
    await page.getByLabel(`Role of participant ${number}`).selectOption({ label: person.role });
    await page
      .getByLabel(`Attendance of participant ${number}`)
      .selectOption({ label: person.attendance });
    // The room's coverage above the list follows the saved rows, and moves the list down as it
    // grows: wait for it to count this person before reaching for the button again.
    await expect(page.getByText(/^\d+ attended · \d+ invited · \d+ absent$/)).toHaveText(
      coverageOf(people.slice(0, number)),
    );
  }
  await expectAllSaved(page);
}

function coverageOf(listed: Person[]): string {
  const count = (attendance: string) =>
    listed.filter((person) => person.attendance === attendance).length;
  return `${count('Attended')} attended · ${count('Invited')} invited · ${count('Absent')} absent`;
}

/** Runs the first two items in facilitator mode, twenty and forty minutes, then leaves. */
async function runTheFirstTwoItems(page: Page) {
  await page.getByRole('link', { name: 'Run session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: purpose })).toBeVisible();
  await page.keyboard.press('Space');
  await page.clock.fastForward('20:00');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('40:00');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Purpose & agenda' })).toBeVisible();
  await expect(page.getByTestId('agenda-actual')).toHaveText(['took 20 min', 'took 40 min']);
}

interface Action {
  what: string;
  owner: string;
  ownerName?: string;
  due: string;
  status: string;
}

async function raiseActions(page: Page, actions: readonly Action[]) {
  await openWorksheet(page, 'Action items');
  const rows = page.getByTestId('action-row');
  for (const action of actions) {
    const count = await rows.count();
    await page.getByRole('button', { name: 'Add action item' }).click();
    const row = rows.nth(count);
    await expect(row.getByLabel('Action', { exact: true })).toBeFocused();
    await row.getByLabel('Action', { exact: true }).fill(action.what);
    await row.getByLabel('Owner', { exact: true }).selectOption({ label: action.owner });
    if (action.ownerName)
      await row.getByLabel('Owner name', { exact: true }).fill(action.ownerName);
    await row.getByLabel('Due', { exact: true }).fill(action.due);
    await row.getByLabel('Status', { exact: true }).selectOption({ label: action.status });
  }
  await expectAllSaved(page);
}

/** Refines an objective in this session and says why its target is what it is. */
async function refineAnObjective(page: Page) {
  await openWorksheet(page, 'Objectives');
  await page.getByRole('button', { name: 'Add objective' }).click();
  const card = page.getByRole('article', { name: 'Objective 1' });
  await card.getByLabel('As first stated', { exact: true }).fill('grow new business');
  await card.getByLabel('Metric', { exact: true }).fill('New-customer revenue');
  await card.getByLabel('Target', { exact: true }).fill('1200000');
  await card.getByLabel('Unit', { exact: true }).fill('EUR');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
  await card.getByText(/^History of objective 1/).click();
  await card
    .getByRole('region', { name: /^Changes in Kick-off session/ })
    .getByRole('listitem')
    .filter({ hasText: 'Target' })
    .getByLabel('Why the target changed')
    .fill('Finance confirmed the budget');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
}

const kickOffActions: Action[] = [
  { what: 'Draft the pricing page', owner: 'Ana Ortiz', due: '2026-12-15', status: 'In progress' },
  {
    what: 'Call the three lost deals',
    owner: 'Someone else (type a name)',
    ownerName: 'Kari Berg',
    due: '2027-01-10',
    status: 'Open',
  },
  { what: 'Book the Q2 refresh', owner: 'Per Lund', due: '2026-12-05', status: 'Done' },
];

test('sends the session summary after the session: decisions, action items, attendance and the agenda as run', async () => {
  test.setTimeout(180_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await page.clock.install({ time: new Date('2026-11-30T09:00:00') });
  await createEngagement(page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    consultantName: 'Dana Reyes',
    firmName: 'Northwind Strategy',
    location: 'Acme HQ',
    startTime: '09:00',
    lengthMinutes: 120,
  });
  await page.getByLabel('Date', { exact: true }).fill('2026-11-30');
  await page.getByLabel('Purpose of this session').fill(purpose);
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 15, owner: 'Dana' },
    { title: 'Situation review', minutes: 45, owner: 'Sam' },
    { title: 'Objectives & owners', minutes: 30, owner: 'Ana' },
  ]);
  await runTheFirstTwoItems(page);
  await addParticipants(page);
  await raiseActions(page, kickOffActions);
  await refineAnObjective(page);

  // Notes, decisions and a parked topic, typed during the session.
  await openWorksheet(page, 'Notes & decisions');
  await page
    .getByLabel('Notes on item 1: Welcome & purpose')
    .fill('Ingrid opened: the launch must pay back within 18 months.');
  await page
    .getByLabel('Notes on item 2: Situation review')
    .fill('Grocery chains want co-op budgets.\nConvenience stores are 30 % of trial.');
  for (const [index, decision] of decisions.entries()) {
    await page.getByRole('button', { name: 'Add decision' }).click();
    await page.getByLabel(`Decision ${index + 1}`, { exact: true }).fill(decision);
  }
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByLabel('Parking-lot topic 1', { exact: true }).fill('Private-label request');

  // Export right after typing: the last topic is in the document.
  const target = join(folder, 'Acme summary.docx');
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export summary (.docx)');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(target);
  expect(app.saveDialogs.map((dialog) => [dialog.title, dialog.defaultFileName])).toEqual([
    ['Export session summary', 'Acme Robotics - Kick-off session - Summary - 2026-11-30.docx'],
  ]);
  expect(readdirSync(folder)).toEqual(['Acme summary.docx']);

  // python-docx reads back the headings, the decisions and every action item as table rows.
  const document = await readWordDocument(target);
  expect(document.title).toBe('Acme Robotics — Session summary');
  expect(document.headings).toEqual([
    { level: 1, text: 'Purpose of the session' },
    { level: 1, text: 'Participants' },
    { level: 1, text: 'Decisions taken' },
    { level: 1, text: 'Objectives revised' },
    { level: 1, text: 'Action items' },
    { level: 1, text: 'Notes' },
    { level: 2, text: '1. Welcome & purpose' },
    { level: 2, text: '2. Situation review' },
    { level: 1, text: 'Parking lot' },
    { level: 1, text: 'Agenda: planned and actual' },
  ]);
  const bullets = document.paragraphs
    .filter((paragraph) => paragraph.style === 'List Paragraph')
    .map((paragraph) => paragraph.text);
  expect(bullets).toEqual([
    ...decisions,
    // The objective stated in this session: a short line per field, the reason as a sentence.
    'Metric: New-customer revenue',
    'Target: 1,200,000 EUR',
    'Why: Finance confirmed the budget.',
    'Unit: EUR',
    'Private-label request',
  ]);
  const [attended, actions, agenda] = document.tables;
  expect(attended).toEqual([
    ['Attended', 'Title', 'Organisation', 'Role', 'E-mail'],
    ['Ana Ortiz', 'CMO', 'Acme', 'Marketing', ''],
    ['Per Lund', 'CFO', 'Acme', 'Executive / C-suite', ''],
  ]);
  expect(actions).toEqual([
    ['Action', 'Owner', 'Due', 'Status'],
    ['Draft the pricing page', 'Ana Ortiz', '15 December 2026', 'In progress'],
    ['Call the three lost deals', 'Kari Berg', '10 January 2027', 'Open'],
    ['Book the Q2 refresh', 'Per Lund', '5 December 2026', 'Done'],
  ]);
  expect(agenda).toEqual([
    ['Start', 'Item', 'Planned', 'Actual', 'Owner'],
    ['09:00', 'Welcome & purpose', '15 min', '20 min', 'Dana'],
    ['09:15', 'Situation review', '45 min', '40 min', 'Sam'],
    ['10:00', 'Objectives & owners', '30 min', 'not run', 'Ana'],
  ]);
  const texts = document.paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toContain(purpose);
  expect(texts).toContain('Absent: Sam Ortiz — Sales director, Acme');
  expect(texts).toContain('Convenience stores are 30 % of trial.');
  expect(texts).toContain(
    'Run in facilitator mode: 2 of 3 items took 1 h against 1 h planned, exactly on plan.',
  );

  // LibreOffice opens it and converts it to PDF; the decisions are in the PDF.
  const pages = await pdfPages(await convertToPdf(target));
  expect(pages.join('\n')).toContain('Launch in Norway first, Sweden in Q3.');
});

test('the summary lists only the actions raised in its session, and the menu’s Export… on Notes & decisions sends the summary', async () => {
  test.setTimeout(120_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await addParticipants(page);
  await raiseActions(page, kickOffActions.slice(0, 1));

  // A later session, prepared from Purpose & agenda, raises an action of its own.
  await openWorksheet(page, 'Purpose & agenda');
  await page.getByRole('button', { name: 'Add session' }).click();
  const switcher = page.getByLabel('Session', { exact: true });
  await expect(switcher.locator('option:checked')).toHaveText(/^Session 2 · /);
  await raiseActions(page, [
    { what: 'Refresh the case studies', owner: 'Ana Ortiz', due: '2027-04-01', status: 'Open' },
  ]);
  await switcher.selectOption({ index: 0 });
  await expect(switcher.locator('option:checked')).toHaveText(/^Kick-off session · /);
  await openWorksheet(page, 'Notes & decisions');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await page.getByLabel('Decision 1', { exact: true }).fill('Focus on Norway.');

  const target = join(folder, 'summary.docx');
  app.answerSaveDialog(target);
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('session-studio-menu', { detail: 'export-document' })),
  );
  await takeExportChoices(page);
  await expect(page.getByText('Saved to')).toBeVisible();
  expect(app.saveDialogs.map((dialog) => dialog.title)).toEqual(['Export session summary']);
  const document = await readWordDocument(target);
  expect(document.tables[1]).toEqual([
    ['Action', 'Owner', 'Due', 'Status'],
    ['Draft the pricing page', 'Ana Ortiz', '15 December 2026', 'In progress'],
  ]);
  expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain('Focus on Norway.');
});
