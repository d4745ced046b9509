import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const region = (page: Page, name: string) => page.getByRole('region', { name });
const swot = {
  Strengths: ['Engineers answer the phone themselves', 'Ten-year client retention'],
  Weaknesses: [
    'Onboarding takes six weeks',
    'No case studies under 200 staff',
    'Pricing page hides prices',
  ],
  Opportunities: ['New traceability rules in 2027'],
} as const;
const selfView = 'The most reliable partner in the region; premium and worth it.';
const prospectView = 'Solid but slow, expensive, and made for big plants.';
const positioning = {
  'For whom': 'mid-size food producers',
  'Who need': 'must trace every batch within an hour',
  Category: 'traceability platform',
  Benefit: 'answers an auditor in minutes',
  'Unlike whom': 'spreadsheet add-ons',
  'What sets it apart': 'works offline on the factory floor',
} as const;
const statement =
  'For mid-size food producers who must trace every batch within an hour, Acme Robotics is the ' +
  'traceability platform that answers an auditor in minutes. Unlike spreadsheet add-ons, Acme ' +
  'Robotics works offline on the factory floor.';
const change = 'Cut onboarding from six weeks to two';

/** A paste: the whole text arrives as one input, as from the clipboard (typing it is far slower). */
async function pasteInto(field: Locator, text: string) {
  await field.evaluate((element, value) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setValue?.call(element, value);
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

async function findingsOf(page: Page, list: string): Promise<string[]> {
  return region(page, list)
    .getByRole('listitem')
    .locator('textarea')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
}

async function expectCritique(page: Page) {
  for (const [list, findings] of Object.entries(swot))
    await expect.poll(() => findingsOf(page, list)).toEqual(findings);
  await expect(page.getByLabel('How we see ourselves')).toHaveValue(selfView);
  await expect(page.getByLabel('How prospects see us')).toHaveValue(prospectView);
  for (const [label, value] of Object.entries(positioning))
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(page.getByTestId('positioning-statement')).toHaveText(statement);
}

test('runs a self-critique, turns a needed change into an action item in one step and finds it with its source after relaunching offline', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await openWorksheet(page, 'Self-critique');

  // Strengths typed one by one; weaknesses pasted from the whiteboard as a list.
  for (const [index, strength] of swot.Strengths.entries()) {
    await region(page, 'Strengths').getByRole('button', { name: 'Add strength' }).click();
    const field = page.getByLabel(`Strength ${index + 1}`, { exact: true });
    await expect(field).toBeFocused();
    await field.fill(strength);
  }
  const weaknesses = region(page, 'Weaknesses');
  await weaknesses.getByRole('button', { name: 'Add several…' }).click();
  await weaknesses
    .getByLabel('Paste weaknesses, one per line')
    .fill(swot.Weaknesses.map((line) => `- ${line}`).join('\n'));
  await weaknesses.getByRole('button', { name: 'Add these weaknesses' }).click();
  await expect(weaknesses.getByTestId('paste-outcome')).toHaveText('Added 3 weaknesses.');
  await region(page, 'Opportunities').getByRole('button', { name: 'Add opportunity' }).click();
  await page.getByLabel('Opportunity 1', { exact: true }).fill(swot.Opportunities[0]);

  // Thousands of threats pasted at once: the list takes its 50, the rest stay in the box.
  const threats = region(page, 'Threats');
  await threats.getByRole('button', { name: 'Add several…' }).click();
  const pasted = Array.from({ length: 3000 }, (_, index) => `Threat ${index + 1}`).join('\n');
  await pasteInto(threats.getByLabel('Paste threats, one per line'), pasted);
  await threats.getByRole('button', { name: 'Add these threats' }).click();
  await expect(threats.getByTestId('paste-outcome')).toHaveText(
    'Added 50 threats. Kept in the box: 2,950 did not fit: the list is full.',
  );
  await expect(threats.getByTestId('threat-row')).toHaveCount(50);
  await expect(threats.getByLabel('Paste threats, one per line')).toHaveValue(
    /^Threat 51\nThreat 52\n/,
  );
  // Clearing them again one at a time is not the point here; remove one and undo.
  await threats.getByRole('button', { name: 'Remove “Threat 1”' }).click();
  await expect(threats.getByTestId('threat-row')).toHaveCount(49);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(threats.getByTestId('threat-row')).toHaveCount(50);

  // The brand from inside and from outside, side by side.
  await page.getByLabel('How we see ourselves').fill(selfView);
  await page.getByLabel('How prospects see us').fill(prospectView);

  // The positioning statement follows the parts as they are typed.
  await expect(page.getByTestId('positioning-statement')).toContainText('For [for whom] who');
  for (const [label, value] of Object.entries(positioning))
    await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.getByTestId('positioning-statement')).toHaveText(statement);

  // A needed change becomes an action item in one step, and shows that it has one.
  const changes = region(page, 'Changes needed to compete');
  await changes.getByRole('button', { name: 'Add change needed' }).click();
  await page.getByLabel('Change needed 1', { exact: true }).fill(change);
  await changes.getByRole('button', { name: 'Make this an action item' }).click();
  await expect(changes.getByText('Has an action')).toBeVisible();
  await expect(changes.getByRole('button', { name: 'Make this an action item' })).toHaveCount(0);
  await expectAllSaved(page);

  // The link leads to the action item, which names the change as its source.
  await changes.getByRole('link', { name: `Action item: ${change}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Action items' })).toBeVisible();
  const action = page.getByTestId('action-row');
  await expect(action).toHaveCount(1);
  await expect(action.getByLabel('Action', { exact: true })).toHaveValue(change);
  await expect(action.getByLabel('Action', { exact: true })).toBeFocused();
  await expect(action.getByLabel('Came from').locator('option:checked')).toHaveText(
    `Change needed: ${change}`,
  );
  await expect(action).toContainText('Raised in Kick-off session');
  await app.close();

  // Relaunched offline: the critique, the link and the action's source are all still there.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(page, 'Self-critique');
  await expectCritique(page);
  await expect(region(page, 'Threats').getByTestId('threat-row')).toHaveCount(50);
  await expect(
    region(page, 'Changes needed to compete').getByRole('link', { name: `Action item: ${change}` }),
  ).toBeVisible();
  await openWorksheet(page, 'Action items');
  await expect(
    page.getByTestId('action-row').getByLabel('Came from').locator('option:checked'),
  ).toHaveText(`Change needed: ${change}`);
});
