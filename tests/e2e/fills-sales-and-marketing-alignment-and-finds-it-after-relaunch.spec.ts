import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const personas = [
  {
    name: 'Operations Olivia',
    role: 'Head of operations, mid-size manufacturer',
    goals: 'Fewer stoppages\nPass the next audit',
    mindset: 'Sceptical after a failed roll-out; trusts peers over vendors.',
  },
  {
    name: 'Finance Farid',
    role: 'CFO',
    goals: 'Payback inside a year',
    mindset: 'Reads the contract before the brochure.',
  },
];
const objections = [
  {
    objection: 'We tried software like this before.',
    frequency: 'Rarely',
    answer: 'Show the 2-week pilot.',
  },
  {
    objection: 'It is too expensive for us.',
    frequency: 'Often',
    answer: 'Payback in 7 months: share the calculator.',
  },
  {
    objection: 'Our IT will never approve it.',
    frequency: 'Sometimes',
    answer: 'Offline, no integration needed.',
  },
];
const perceptions = [
  {
    perception: 'They only serve large enterprises.',
    verdict: 'False',
    response: 'Lead with two mid-size case studies.',
  },
  {
    perception: 'Support is slow.',
    verdict: 'Partly true',
    response: 'Publish response times; fix the weekend gap.',
  },
];

const region = (page: Page, name: string) => page.getByRole('region', { name });

/** Adds a row with the list's Add button and hands back the new row once it is there. */
async function addRow(page: Page, button: string, rows: Locator): Promise<Locator> {
  const count = await rows.count();
  await page.getByRole('button', { name: button }).click();
  await expect(rows).toHaveCount(count + 1);
  return rows.nth(count);
}

async function fillRow(row: Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = row.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT')
      await field.selectOption({ label: value });
    else await field.fill(value);
  }
}

async function expectRows(rows: Locator, expected: readonly Record<string, string>[]) {
  await expect(rows).toHaveCount(expected.length);
  for (const [index, values] of expected.entries()) {
    for (const [label, value] of Object.entries(values)) {
      const field = rows.nth(index).getByLabel(label, { exact: true });
      if ((await field.evaluate((element) => element.tagName)) === 'SELECT')
        await expect(field.locator('option:checked')).toHaveText(value);
      else await expect(field).toHaveValue(value);
    }
  }
}

const personaFields = (persona: (typeof personas)[number]) => ({
  'Persona name': persona.name,
  Role: persona.role,
  Goals: persona.goals,
  Mindset: persona.mindset,
});
const objectionFields = (item: (typeof objections)[number]) => ({
  Objection: item.objection,
  'How often heard': item.frequency,
  'Agreed answer': item.answer,
});
const perceptionFields = (item: (typeof perceptions)[number]) => ({
  Perception: item.perception,
  'Is it true?': item.verdict,
  'What to do about it': item.response,
});

test('fills alignment — personas, objections with answers, perceptions — and finds every value after relaunching offline', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await openWorksheet(page, 'Sales & marketing alignment');

  // Personas, typed where the cursor lands after Add; the second moved first by keyboard.
  const personaRows = region(page, 'Buyer personas').getByTestId('persona-row');
  for (const persona of personas) {
    const row = await addRow(page, 'Add persona', personaRows);
    await expect(row.getByLabel('Persona name')).toBeFocused();
    await fillRow(row, personaFields(persona));
  }
  await personaRows.nth(1).getByLabel('Persona name').press('Alt+ArrowUp');
  await expectRows(personaRows, [personaFields(personas[1]!), personaFields(personas[0]!)]);

  // Objections with agreed answers, then sorted by how often sales hears them.
  const objectionRows = region(page, 'Top objections').getByTestId('objection-row');
  for (const objection of objections) {
    await fillRow(await addRow(page, 'Add objection', objectionRows), objectionFields(objection));
  }
  // A pasted wall of text is refused with its length, and stays in the field to be cut down.
  const first = objectionRows.first().getByLabel('Objection', { exact: true });
  await first.fill('x'.repeat(600));
  await expect(objectionRows.first().getByRole('alert')).toHaveText(
    'Objection can be at most 500 characters (now 600).',
  );
  await expect(first).toHaveValue('x'.repeat(600));
  await first.fill(objections[0]!.objection);
  await expect(objectionRows.first().getByRole('alert')).toHaveCount(0);
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Sort by how often heard' }).click();
  const sortedObjections = [objections[1]!, objections[2]!, objections[0]!];
  await expectRows(objectionRows, sortedObjections.map(objectionFields));

  // Perceptions, true or not; one removed and brought back.
  const perceptionRows = region(page, 'Perceptions').getByTestId('perception-row');
  for (const perception of perceptions) {
    const row = await addRow(page, 'Add perception', perceptionRows);
    await fillRow(row, perceptionFields(perception));
  }
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Remove “Support is slow.”' }).click();
  await expect(perceptionRows).toHaveCount(1);
  await expect(page.getByText('Removed perception “Support is slow.”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectRows(perceptionRows, perceptions.map(perceptionFields));
  await expectAllSaved(page);
  await app.close();

  // Relaunched offline: every value is where it was left, in the same order.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await openWorksheet(page, 'Sales & marketing alignment');
  await expectRows(region(page, 'Buyer personas').getByTestId('persona-row'), [
    personaFields(personas[1]!),
    personaFields(personas[0]!),
  ]);
  await expectRows(
    region(page, 'Top objections').getByTestId('objection-row'),
    sortedObjections.map(objectionFields),
  );
  await expectRows(
    region(page, 'Perceptions').getByTestId('perception-row'),
    perceptions.map(perceptionFields),
  );
});
