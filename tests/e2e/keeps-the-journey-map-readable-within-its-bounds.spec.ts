import { expect, test } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import {
  emotionChart,
  expectPhaseNames,
  journeyField,
  openJourneyMap,
} from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const defaults = ['Awareness', 'Consideration', 'Conversion', 'Onboarding', 'Advocacy'];
const extraPhases = [
  'Post-purchase evaluation',
  'Implementation planning',
  'First value',
  'Expansion',
  'Renewal',
  'Referral',
  'Community leadership',
];

test('restarts an emptied map from the default phases, keeps twelve phases readable in the chart and stops at twenty', async () => {
  test.setTimeout(240_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await openJourneyMap(page);

  // Every phase removed: the map says so and offers the default phases again.
  for (const name of defaults)
    await page.getByRole('button', { name: `Remove phase 1. ${name}` }).click();
  await expect(page.getByText('This journey map has no phases yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start from the default phases' }).click();
  await expectPhaseNames(page, defaults);

  // Twelve phases, all scored: every phase label is drawn inside the chart, none on another.
  for (const [offset, name] of extraPhases.entries()) {
    await page.getByRole('button', { name: 'Add phase' }).click();
    await journeyField(page, `Name of phase ${defaults.length + offset + 1}`).fill(name);
  }
  const twelve = [...defaults, ...extraPhases];
  await expectPhaseNames(page, twelve);
  for (const [index, name] of twelve.entries()) {
    await journeyField(page, `Emotion — ${index + 1}. ${name}`).selectOption(
      String((index % 5) - 2),
    );
  }
  const chart = emotionChart(page);
  await expect(chart).toHaveAttribute('width', '960');
  await expect(chart).toHaveAccessibleName(
    /^Emotion across 12 phases, from Awareness to Community leadership \(Typical customer\)\./,
  );
  const chartBox = await chart.boundingBox();
  const labelBoxes = [];
  for (const name of twelve) {
    const label = chart.locator('.chart-axis--phases text', { hasText: name });
    await expect(label).toHaveCount(1);
    labelBoxes.push(await label.boundingBox());
  }
  for (const [index, box] of labelBoxes.entries()) {
    expect(box && chartBox).toBeTruthy();
    if (!box || !chartBox) continue;
    expect(box.x).toBeGreaterThanOrEqual(chartBox.x);
    expect(box.y + box.height).toBeLessThanOrEqual(chartBox.y + chartBox.height + 0.5);
    const next = labelBoxes[index + 1];
    // Angled labels run parallel, each ending at its own phase: they never stack on one another.
    if (next) expect(next.x + next.width).toBeGreaterThan(box.x + box.width + 40);
  }

  // A phase without a name still counts, under a name the chart can show.
  await journeyField(page, 'Name of phase 2').fill('');
  await expect(
    page.getByText('Name this phase; the chart and the plan call it “Phase 2” until then.'),
  ).toBeVisible();
  await expect(chart.locator('.chart-axis--phases text', { hasText: /^Phase 2$/ })).toHaveCount(1);

  // Rates below 0 % or not a number are refused with a reason.
  const rate = journeyField(page, 'Conversion to next phase (%) — 1. Awareness');
  await rate.fill('-5');
  await expect(page.getByText('A conversion rate cannot be below 0 %.')).toBeVisible();
  await rate.fill('lots');
  await expect(
    page.getByText('The conversion rate must be a number, like 35 or 12.5.'),
  ).toBeVisible();
  await rate.fill('12.5 %');
  await expect(rate).toHaveAttribute('aria-invalid', 'false');

  // Up to twenty phases; then the map says why it stops.
  for (let count = twelve.length; count < 20; count += 1)
    await page.getByRole('button', { name: 'Add phase' }).click();
  await expect(page.getByTestId('journey-phase-count')).toHaveText('20 of at most 20 phases');
  await expect(page.getByRole('button', { name: 'Add phase' })).toBeDisabled();
  await expect(page.getByText('A journey map can have at most 20 phases.')).toBeVisible();

  // Nothing on screen is NaN or Infinity.
  await expectAllSaved(page);
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(await chart.evaluate((svg) => svg.outerHTML)).not.toMatch(/NaN|Infinity/);
});
