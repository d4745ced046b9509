import { expect, test, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { journeyField, openJourneyMap } from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const handoff = {
  'What makes a lead ready for sales': 'Plant with 50+ operators\nAsked for a demo or a price',
  'Marketing-qualified lead (MQL)': 'Downloaded the payback calculator and fits the profile',
  'Sales-qualified lead (SQL)': 'Sales confirmed a budget and a project this year',
  'Who follows up': 'Inside sales (Sam Ortiz)',
  Within: '24',
  'What sales reports back to marketing':
    'Every Friday: leads accepted and rejected, with the reason',
};

async function fillHandoff(page: Page) {
  const section = page.getByRole('region', { name: 'The hand-off to sales' });
  for (const [label, value] of Object.entries(handoff))
    await section.getByLabel(label, { exact: true }).fill(value);
  await section.getByLabel('Unit', { exact: true }).selectOption({ label: 'hours' });
}

async function expectHandoff(page: Page) {
  const section = page.getByRole('region', { name: 'The hand-off to sales' });
  for (const [label, value] of Object.entries(handoff))
    await expect(section.getByLabel(label, { exact: true })).toHaveValue(value);
}

test('agrees with sales when a lead is ready, who follows up and what comes back, and sees each objection in the journey phase where it arises', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await openWorksheet(page, 'Sales & marketing alignment');

  await page.getByRole('button', { name: 'Add objection' }).click();
  const row = page.getByTestId('objection-row').first();
  await row.getByLabel('Objection', { exact: true }).fill('It is too expensive for us.');
  await row.getByLabel('How often heard', { exact: true }).selectOption({ label: 'Often' });
  await row.getByLabel('Agreed answer', { exact: true }).fill('Payback in 7 months.');
  await row
    .getByLabel('Where in the journey', { exact: true })
    .selectOption({ label: 'Consideration' });
  await fillHandoff(page);

  // A follow-up of 200 working days is not a hand-off: refused with the reason, nothing stored.
  const within = page.getByLabel('Within', { exact: true });
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'working days' });
  await within.fill('200');
  await within.blur();
  await expect(page.getByText('The follow-up time can be at most 90.')).toBeVisible();
  await within.fill('1');
  await within.blur();
  await expectAllSaved(page);

  // The objection shows in Consideration on the map, with its answer, and nowhere else.
  await openJourneyMap(page);
  const inConsideration = page.getByRole('list', { name: 'Objections raised in 2. Consideration' });
  await expect(inConsideration).toHaveText(
    'It is too expensive for us. (often)Answer: Payback in 7 months.',
  );
  await expect(page.getByRole('list', { name: /^Objections raised in/ })).toHaveCount(1);
  await expect(journeyField(page, 'Objections — 2. Consideration')).toBeVisible();
  await app.close();

  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(page, 'Sales & marketing alignment');
  await expect(page.getByLabel('Within', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Unit', { exact: true }).locator('option:checked')).toHaveText(
    'working days',
  );
  await expect(
    page
      .getByTestId('objection-row')
      .getByLabel('Where in the journey', { exact: true })
      .locator('option:checked'),
  ).toHaveText('Consideration');
  handoff.Within = '1';
  await expectHandoff(page);
});
