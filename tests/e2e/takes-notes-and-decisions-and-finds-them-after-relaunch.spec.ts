import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems } from './harness/agenda-actions';
import { pasteInto } from './harness/clipboard';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const notes = {
  welcome: 'Ingrid opened: the launch must pay back within 18 months.',
  channels:
    'Grocery chains want co-op budgets.\nConvenience stores are the surprise: 30% of trial.',
  objectives: 'Three objectives drafted; the numbers wait for finance.',
  general: 'Finance (Per) joins the next session.',
};
const decisions = [
  'Launch in Norway first, Sweden in Q3.',
  'Convenience stores get their own campaign (Ola owns it).',
  'No price promotion in the first 8 weeks.',
];
const lastDecision = 'Budget review moves to March.';
const parked = ['Private-label request from a chain', 'Packaging redesign'];

/** Adds an entry to a list (decisions or parking lot) and types it into the new row. */
async function addEntry(page: Page, button: string, label: string, text: string) {
  await page.getByRole('button', { name: button }).click();
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toBeFocused();
  await field.fill(text);
}

async function expectList(page: Page, noun: string, texts: readonly string[]) {
  for (const [index, text] of texts.entries())
    await expect(page.getByLabel(`${noun} ${index + 1}`, { exact: true })).toHaveValue(text);
  await expect(page.getByLabel(`${noun} ${texts.length + 1}`, { exact: true })).toHaveCount(0);
}

test('takes notes per agenda item, decisions and a parking lot, and finds them after relaunching offline', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 10, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 50, owner: 'Ola' },
    { title: 'Pricing', minutes: 20, owner: 'Per' },
    { title: 'Launch objectives', minutes: 40, owner: 'Ingrid' },
  ]);

  await openWorksheet(page, 'Notes & decisions');
  await page.getByLabel('Notes on item 1: Welcome & purpose').fill(notes.welcome);
  await page.getByLabel('Notes on item 2: Retail channel review').fill(notes.channels);
  await page.getByLabel('Notes on item 3: Pricing').fill('Per: list price 10% above rival.');
  await page.getByLabel('Notes on item 4: Launch objectives').fill(notes.objectives);
  await page.getByLabel('General notes').fill(notes.general);

  // Decisions as they are taken; the third was taken before the second, so move it up.
  await addEntry(page, 'Add decision', 'Decision 1', decisions[0] as string);
  await addEntry(page, 'Add decision', 'Decision 2', decisions[2] as string);
  await addEntry(page, 'Add decision', 'Decision 3', decisions[1] as string);
  await page.getByLabel('Decision 3', { exact: true }).press('Alt+ArrowUp');
  await expectList(page, 'Decision', decisions);

  // The parking lot: a topic removed by mistake comes back with Undo.
  await addEntry(page, 'Add topic', 'Parking-lot topic 1', parked[0] as string);
  await addEntry(page, 'Add topic', 'Parking-lot topic 2', parked[1] as string);
  await page.getByRole('button', { name: 'Remove “Packaging redesign”' }).click();
  await expectList(page, 'Parking-lot topic', [parked[0] as string]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectList(page, 'Parking-lot topic', parked);

  // A whole document pasted into a decision is refused with the limit and stays in the field,
  // until it is cut down to the decision itself.
  const pasted = Array.from({ length: 3000 }, (_, i) => `Minute line ${i + 1}`).join('\n');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await pasteInto(page, page.getByLabel('Decision 4', { exact: true }), pasted);
  await expect(page.getByText(/^Decision can be at most 2,000 characters \(now /)).toBeVisible();
  await expect(page.getByLabel('Decision 4', { exact: true })).toHaveValue(pasted);
  await page.getByLabel('Decision 4', { exact: true }).fill(lastDecision);
  await expect(page.getByText(/^Decision can be at most/)).toBeHidden();
  decisions.push(lastDecision);
  await expectList(page, 'Decision', decisions);
  await expectAllSaved(page);

  // The pricing item is dropped from the agenda: its note is kept, under its old title.
  await openWorksheet(page, 'Purpose & agenda');
  await page.getByRole('button', { name: 'Remove “Pricing”' }).click();
  await expectAllSaved(page);
  await openWorksheet(page, 'Notes & decisions');
  await expect(page.getByRole('heading', { name: 'Notes of removed agenda items' })).toBeVisible();
  await expect(page.getByLabel('Notes on removed item “Pricing”')).toHaveValue(
    'Per: list price 10% above rival.',
  );
  await expect(page.getByLabel('Notes on item 3: Launch objectives')).toHaveValue(notes.objectives);
  await app.close();

  // Relaunched offline: every note, decision, topic and the kept note are there, in order.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await openWorksheet(page, 'Notes & decisions');
  await expect(page.getByLabel('Notes on item 1: Welcome & purpose')).toHaveValue(notes.welcome);
  await expect(page.getByLabel('Notes on item 2: Retail channel review')).toHaveValue(
    notes.channels,
  );
  await expect(page.getByLabel('Notes on item 3: Launch objectives')).toHaveValue(notes.objectives);
  await expect(page.getByLabel('General notes')).toHaveValue(notes.general);
  await expectList(page, 'Decision', decisions);
  await expectList(page, 'Parking-lot topic', parked);
  await expect(page.getByLabel('Notes on removed item “Pricing”')).toHaveValue(
    'Per: list price 10% above rival.',
  );
});
