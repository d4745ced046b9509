import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

async function addParticipant(page: Page, name: string) {
  const number = (await page.getByTestId('participant-row').count()) + 1;
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel(`Name of participant ${number}`, { exact: true }).fill(name);
}

const target = (page: Page) => page.getByTestId('capture-target');
const captured = (page: Page) => page.getByTestId('captured').getByRole('listitem');

test('captures decisions, actions and insights while running the session, each under the agenda item that ran, with no mouse', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 5, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 20, owner: 'Ola' },
  ]);
  await openWorksheet(page, 'Participants');
  await addParticipant(page, 'Ingrid Berg');
  await addParticipant(page, 'Ola Nordmann');
  await expectAllSaved(page);
  await openWorksheet(page, 'Purpose & agenda');
  await page.getByRole('link', { name: 'Run session' }).click();
  await expect(page.getByTestId('facilitator')).toBeVisible();

  // Before the session starts nothing runs: a decision goes to the session, not nowhere.
  await expect(target(page)).toHaveText('Under the session (no agenda item is running)');
  await page.keyboard.press('d');
  await expect(page.getByLabel('Decision', { exact: true })).toBeFocused();
  await page.keyboard.type('Ingrid chairs the launch board');
  await page.keyboard.press('Enter');
  await expect(captured(page)).toHaveText(['DecisionIngrid chairs the launch board']);

  // Space starts the first item; → moves to the channel review, where the captures land.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(target(page)).toHaveText('Under Retail channel review');

  await page.keyboard.press('i');
  await page.keyboard.type('Shoppers compare us with meal kits, not with other brands');
  await page.keyboard.press('Enter');

  // An action: what, then Tab to the owner (typed to pick), Tab to the due date.
  await page.keyboard.press('a');
  await page.keyboard.type('Price a meal-kit bundle');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Owner', { exact: true })).toBeFocused();
  await page.keyboard.type('Ola');
  await expect(page.getByLabel('Owner', { exact: true }).locator('option:checked')).toHaveText(
    'Ola Nordmann',
  );
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Due', { exact: true })).toBeFocused();
  await page.keyboard.type('12152026');
  await expect(page.getByLabel('Due', { exact: true })).toHaveValue('2026-12-15');
  await page.keyboard.press('Enter');

  await page.keyboard.press('p');
  await page.keyboard.type('Discount policy for wholesalers');
  await page.keyboard.press('Enter');
  await page.keyboard.press('d');
  await page.keyboard.type('Two retail pilots before Easter');
  await page.keyboard.press('Enter');
  await expect(captured(page)).toHaveText([
    'DecisionTwo retail pilots before Easter',
    'Parking lotDiscount policy for wholesalers',
    'Action itemPrice a meal-kit bundleOwner: Ola Nordmann, due 2026-12-15',
    'InsightShoppers compare us with meal kits, not with other brands',
  ]);

  // The decision was a slip: Ctrl+Z takes back the last capture, and only that one.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Took back' })).toHaveText(
    /Took back the decision “Two retail pilots before Easter”\./,
  );
  await expect(captured(page)).toHaveCount(3);
  await expectAllSaved(page);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Purpose & agenda' })).toBeVisible();

  // Everything captured is already in Notes & decisions and in Action items.
  await openWorksheet(page, 'Notes & decisions');
  await expect(page.getByTestId('decision-row')).toHaveCount(1);
  await expect(page.getByLabel('Decision 1', { exact: true })).toHaveValue(
    'Ingrid chairs the launch board',
  );
  await expect(page.getByTestId('parking-lot-row')).toContainText(
    'Captured during “Retail channel review”',
  );
  await expect(page.getByLabel('Parking-lot topic 1', { exact: true })).toHaveValue(
    'Discount policy for wholesalers',
  );
  await expect(page.getByLabel('Insight 1', { exact: true })).toHaveValue(
    'Shoppers compare us with meal kits, not with other brands',
  );
  await openWorksheet(page, 'Action items');
  const action = page.getByTestId('action-row');
  await expect(action).toHaveCount(1);
  await expect(action.getByLabel('Action', { exact: true })).toHaveValue('Price a meal-kit bundle');
  await expect(action.getByLabel('Owner', { exact: true }).locator('option:checked')).toHaveText(
    'Ola Nordmann',
  );
  await expect(action.getByLabel('Due', { exact: true })).toHaveValue('2026-12-15');
  await expect(
    action.getByLabel('Came from', { exact: true }).locator('option:checked'),
  ).toHaveText('Retail channel review');
  await app.close();

  // Relaunched offline: every capture is still there.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await openWorksheet(page, 'Notes & decisions');
  await expect(page.getByLabel('Insight 1', { exact: true })).toHaveValue(
    'Shoppers compare us with meal kits, not with other brands',
  );
  await expect(page.getByTestId('decision-row')).toHaveCount(1);
});
