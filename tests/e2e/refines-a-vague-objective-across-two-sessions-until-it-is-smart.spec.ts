import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const nextYear = new Date().getFullYear() + 1;
const quarterlyDate = `${nextYear}-03-02`;
const deadline = `${nextYear}-12-31`;

const objective = (page: Page) => page.getByRole('article', { name: 'Objective 1' });
const smartCheck = (page: Page) =>
  objective(page).getByRole('group', { name: 'SMART check of objective 1' });
const sessionRuns = (page: Page, session: RegExp) =>
  objective(page).getByRole('region', { name: session });
const change = (run: Locator, text: string) => run.getByRole('listitem').filter({ hasText: text });

/** Leaves the field being typed in, so its value is saved now rather than after the pause. */
async function saveTyping(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
}

async function openHistory(page: Page): Promise<void> {
  const summary = objective(page).getByText(/^History of objective 1/);
  if (
    !(await objective(page)
      .locator('details')
      .evaluate((node) => node.hasAttribute('open')))
  )
    await summary.click();
}

async function expectRefinedObjective(page: Page): Promise<void> {
  const card = objective(page);
  await expect(card.getByLabel('As first stated', { exact: true })).toHaveValue('grow sales');
  await expect(card.getByLabel('Metric', { exact: true })).toHaveValue(
    'Revenue from retail chains',
  );
  await expect(card.getByLabel('Baseline', { exact: true })).toHaveValue('2400000');
  await expect(card.getByLabel('Target', { exact: true })).toHaveValue('2900000');
  await expect(card.getByLabel('Unit', { exact: true })).toHaveValue('EUR');
  await expect(card.getByLabel('Deadline', { exact: true })).toHaveValue(deadline);
  await expect(card.getByLabel('Owner', { exact: true })).toHaveValue(
    'Kari Nordmann, head of retail sales',
  );
  await expect(smartCheck(page)).toContainText('SMART ✓');
  await openHistory(page);
  const kickOff = sessionRuns(page, /^Changes in Kick-off session/);
  const quarterly = sessionRuns(page, /^Changes in Quarterly review/);
  await expect(kickOff.getByRole('listitem')).toHaveText([
    /Metric: — → Revenue from retail chains/,
    /Baseline: — → 2,400,000 EUR/,
    /Target: — → 2,600,000 EUR/,
    /Unit: — → EUR/,
    new RegExp(`Deadline: — → ${nextYear}-06-30`),
  ]);
  await expect(change(kickOff, 'Baseline').getByLabel('Why the baseline changed')).toHaveValue(
    'From the 2025 annual report',
  );
  await expect(quarterly.getByRole('listitem')).toHaveText([
    // Three edits of the deadline in one sitting are one change, from its first value.
    new RegExp(`Deadline: ${nextYear}-06-30 → ${deadline}`),
    /Target: 2,600,000 EUR → 2,900,000 EUR/,
    /Owner: — → Kari Nordmann, head of retail sales/,
  ]);
  await expect(change(quarterly, 'Target').getByLabel('Why the target changed')).toHaveValue(
    'Two new chains confirmed for Q2',
  );
}

test('states a vague objective, refines it across two sessions until it is SMART, and finds its history after relaunch', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await openWorksheet(page, 'Objectives');

  // Kick-off: the client says it as they see it.
  await page.getByRole('button', { name: 'Add objective' }).click();
  const card = objective(page);
  await expect(card.getByLabel('As first stated', { exact: true })).toBeFocused();
  await card.getByLabel('As first stated', { exact: true }).fill('grow sales');
  await expect(smartCheck(page)).toContainText('Not SMART yet: 0 of 4 criteria met.');
  await expect(smartCheck(page)).toContainText('Specific ✗ — No metric');
  await expect(smartCheck(page)).toContainText('Vague: the statement has no number');

  // Refining it in the room; bad numbers are refused with a reason and stay in the field.
  await card.getByLabel('Metric', { exact: true }).fill('Revenue from retail chains');
  await card.getByLabel('Baseline', { exact: true }).fill('about two million');
  await expect(card.getByRole('alert')).toHaveText(
    'The baseline must be a number, like 1200 or 12.5.',
  );
  await expect(card.getByLabel('Baseline', { exact: true })).toHaveValue('about two million');
  await card.getByLabel('Baseline', { exact: true }).fill('-2400000');
  await expect(card.getByRole('alert')).toContainText('The baseline cannot be negative');
  await card.getByLabel('Baseline', { exact: true }).fill('1e400');
  await expect(card.getByRole('alert')).toHaveText(
    'The baseline must be a number, like 1200 or 12.5.',
  );
  await card.getByLabel('Baseline', { exact: true }).fill('2,400,000');
  await expect(card.getByRole('alert')).toHaveCount(0);
  await card.getByLabel('Target', { exact: true }).fill('2000000');
  await expect(smartCheck(page)).toContainText(
    'Achievable ✗ — The target (2,000,000) is below the baseline (2,400,000)',
  );
  await card.getByLabel('Target', { exact: true }).fill('2600000');
  await card.getByLabel('Unit', { exact: true }).fill('EUR');
  await card.getByLabel('Deadline', { exact: true }).fill('2020-06-30');
  await expect(smartCheck(page)).toContainText(
    'Time-bound ✗ — The deadline (2020-06-30) has passed.',
  );
  await card.getByLabel('Deadline', { exact: true }).fill(`${nextYear}-06-30`);
  await expect(smartCheck(page)).toContainText('Not SMART yet: 3 of 4 criteria met.');
  await expect(smartCheck(page)).toContainText('Specific ✗ — No owner');
  await saveTyping(page);

  // A reason recorded for the baseline, in the kick-off's history.
  await openHistory(page);
  const kickOff = sessionRuns(page, /^Changes in Kick-off session/);
  await change(kickOff, 'Baseline')
    .getByLabel('Why the baseline changed')
    .fill('From the 2025 annual report');
  await saveTyping(page);

  // The quarterly review: a second session, prepared ahead, dated in March.
  await page.getByRole('button', { name: 'Add session' }).click();
  await page.getByLabel('Session title').fill('Quarterly review');
  await page.getByLabel('Date', { exact: true }).fill(quarterlyDate);
  await saveTyping(page);
  await expect(page.getByLabel('Session', { exact: true })).toContainText(
    `Quarterly review · ${quarterlyDate}`,
  );
  await openWorksheet(page, 'Objectives');
  await expect(page.getByText('Changes made now are recorded in')).toContainText(
    `Quarterly review · ${quarterlyDate}`,
  );
  // The June deadline falls before nothing yet, but a February one would precede this session.
  await card.getByLabel('Deadline', { exact: true }).fill(`${nextYear}-02-15`);
  await expect(smartCheck(page)).toContainText(
    `Time-bound ✗ — The deadline (${nextYear}-02-15) falls before this session (${quarterlyDate}).`,
  );
  await card.getByLabel('Deadline', { exact: true }).fill(deadline);
  await card.getByLabel('Target', { exact: true }).fill('2900000');
  await card.getByLabel('Owner', { exact: true }).fill('Kari Nordmann, head of retail sales');
  await expect(smartCheck(page)).toContainText(
    'SMART ✓ — specific, measurable, achievable and time-bound.',
  );
  await expect(card.getByText('SMART ✓', { exact: true })).toBeVisible();
  await saveTyping(page);

  // Why the target moved, added after the fact.
  await openHistory(page);
  await expect(card.getByText(/^History of objective 1: 8 changes in 2 sessions/)).toBeVisible();
  const quarterly = sessionRuns(page, /^Changes in Quarterly review/);
  await change(quarterly, 'Target')
    .getByLabel('Why the target changed')
    .fill('Two new chains confirmed for Q2');
  await saveTyping(page);
  await expectRefinedObjective(page);

  // Back in the kick-off session: the same objective and the same history.
  const sessionSelect = page.getByLabel('Session', { exact: true });
  const kickOffOption = sessionSelect.locator('option', { hasText: 'Kick-off session' });
  await sessionSelect.selectOption({ label: (await kickOffOption.textContent()) ?? '' });
  await expect(page.getByText('Changes made now are recorded in')).toContainText(
    'Kick-off session',
  );
  await expectRefinedObjective(page);

  // Removed by mistake and brought back, history and all.
  await page.getByRole('button', { name: 'Remove “grow sales”' }).click();
  await expect(objective(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectRefinedObjective(page);
  await expectAllSaved(page);
  await app.close();

  // Relaunched offline on the same profile: the objective, its check and its history are there.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await openWorksheet(page, 'Objectives');
  await expectRefinedObjective(page);
});
