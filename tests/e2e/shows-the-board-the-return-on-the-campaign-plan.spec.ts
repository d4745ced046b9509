import { expect, test, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { campaign, setRates } from './harness/planner-actions';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const client = { clientName: 'Acme Robotics', title: 'FY27 growth plan' };

const investment = (page: Page) => page.getByRole('region', { name: 'Marketing as an investment' });

interface CampaignInput {
  name: string;
  type: string;
  phase: string;
  start: string;
  budget: string;
}

async function addCampaign(page: Page, number: number, input: CampaignInput) {
  await page.getByRole('button', { name: 'Add campaign', exact: true }).click();
  const row = campaign(page, number);
  await row.getByLabel('Name').fill(input.name);
  await row.getByLabel('Type').selectOption({ label: input.type });
  await row.getByLabel('Phase').selectOption({ label: input.phase });
  await row.getByLabel('Start').fill(input.start);
  if (input.budget) await row.getByLabel('Budget').fill(input.budget);
}

/** A cost cell of the investment table: "€10 · 4,000 needed". */
function cost(page: Page, result: string, scenario: 'cautious' | 'expected' | 'ambitious') {
  return page
    .getByTestId('investment-cost-row')
    .filter({ has: page.getByRole('rowheader', { name: result, exact: true }) })
    .locator(`td[data-scenario="${scenario}"]`);
}

async function expectTheReturn(page: Page) {
  await expect(page.getByTestId('investment-budgets').locator('tfoot')).toHaveText('Total3€40,000');
  await expect(page.getByTestId('investment-budgets').locator('tbody tr')).toHaveText([
    'Awareness1€30,000',
    'Consideration1€10,000',
    'Conversion1 (1 without a budget)No budget yet',
  ]);
  await expect(cost(page, 'Cost per lead', 'cautious')).toHaveText('€4 · 10,000 needed');
  await expect(cost(page, 'Cost per lead', 'expected')).toHaveText('€10 · 4,000 needed');
  await expect(cost(page, 'Cost per lead', 'ambitious')).toHaveText('€32 · 1,250 needed');
  await expect(cost(page, 'Cost per opportunity', 'expected')).toHaveText('€100 · 400 needed');
  await expect(cost(page, 'Cost per new customer', 'expected')).toHaveText('€400 · 100 needed');
  const figures = page.getByTestId('investment-return');
  await expect(figures).toContainText('Expected revenue€200,000 100 new customers × €2,000');
  await expect(figures).toContainText('Return on marketing investment400 %');
  await expect(figures).toContainText('Payback period2.4 months');
  await expect(
    page.getByRole('img', {
      name: 'Budget €40,000 in total: Awareness €30,000, Consideration €10,000. Expected revenue €200,000, 5× the budget.',
    }),
  ).toBeVisible();
}

test('shows the board the return on the campaign plan: budgets per phase, cost per lead, opportunity and customer in each scenario, revenue, return and payback', async () => {
  test.setTimeout(180_000);
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, client);
  await openWorksheet(page, 'Campaigns & plan');

  // 100 new customers by the end of 2027, counted at Conversion, no buffer.
  await page.getByLabel('Final goal', { exact: true }).fill('100');
  await page.getByLabel('Deadline').fill('2027-12-31');
  await page.getByLabel('Counted at phase').selectOption({ label: 'Conversion' });
  await page.getByLabel('Safety buffer (%)').fill('0');
  await setRates(page, 'Awareness', 'Consideration', ['5', '10', '20']);
  await setRates(page, 'Consideration', 'Conversion', ['20', '25', '40']);

  // A budget typed before the engagement has a currency is refused: it says to choose one first.
  await addCampaign(page, 1, {
    name: 'Spring webinars',
    type: 'Lead generation',
    phase: 'Awareness',
    start: '2027-01-01',
    budget: '€30,000',
  });
  await expect(campaign(page, 1).getByRole('alert')).toHaveText(
    'Choose this engagement’s currency first (under Marketing as an investment); every budget is then in it.',
  );
  await investment(page)
    .getByLabel('Currency of this engagement')
    .selectOption({ label: 'EUR · Euro' });
  await campaign(page, 1).getByLabel('Budget (EUR)').fill('€ 30000');
  await expect(campaign(page, 1).getByRole('alert')).toHaveCount(0);
  await addCampaign(page, 2, {
    name: 'Case studies',
    type: 'Nurture',
    phase: 'Consideration',
    start: '2027-03-01',
    budget: '10000',
  });
  await addCampaign(page, 3, {
    name: 'Demo days',
    type: 'Conversion',
    phase: 'Conversion',
    start: '',
    budget: '',
  });
  await page.getByText('Work the goal out from a revenue target').click();
  await page.getByLabel('Average deal size', { exact: true }).fill('2000');
  await expectAllSaved(page);
  await expectTheReturn(page);

  // Bad budgets get a clear message, and nothing stored changes.
  const budget = campaign(page, 2).getByLabel('Budget (EUR)');
  for (const [typed, message] of [
    ['-5', 'The budget cannot be negative.'],
    ['1e20', 'The budget can be at most 10,000,000,000.'],
    ['ten thousand', 'Write the budget in digits, like 10000 or 2500.50.'],
    [
      '$5,000',
      'This engagement’s budgets are in EUR: enter the amount in EUR. Budgets in two currencies cannot be added up.',
    ],
  ]) {
    await budget.fill(typed as string);
    await budget.blur();
    await expect(campaign(page, 2).getByRole('alert')).toHaveText(message as string);
    await expect(page.getByTestId('investment-budgets').locator('tfoot')).toHaveText(
      'Total3€40,000',
    );
  }
  await page.reload();
  await expect(campaign(page, 2).getByLabel('Budget (EUR)')).toHaveValue('10000');
  await expectTheReturn(page);

  // Leads counted where this client counts them: at Consideration.
  await page.getByLabel('Leads counted at').selectOption({ label: 'Consideration' });
  await expect(cost(page, 'Cost per lead', 'expected')).toHaveText('€100 · 400 needed');
  await expectAllSaved(page);
  await app.close();

  // Relaunched offline: the board sees the same figures.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, client.clientName, client.title);
  await openWorksheet(page, 'Campaigns & plan');
  await expect(cost(page, 'Cost per lead', 'expected')).toHaveText('€100 · 400 needed');
  await page.getByLabel('Leads counted at').selectOption({ index: 0 });
  await expectTheReturn(page);
  await expect(campaign(page, 2).getByLabel('Type').locator('option:checked')).toHaveText(
    'Nurture',
  );
});
