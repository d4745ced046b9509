import { expect, test, type Page } from '@playwright/test';
import { moveWithDragHandle } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import {
  addTouchPoint,
  emotionChart,
  expectPhaseNames,
  expectTouchPoint,
  journeyField,
  openJourneyMap,
  type TouchPointInput,
} from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

interface PhasePlan {
  name: string;
  goal: string;
  touchPoint: TouchPointInput;
}

const plan: PhasePlan[] = [
  {
    name: 'Awareness',
    goal: 'Find out whether robots fit a plant our size',
    touchPoint: {
      channel: 'LinkedIn',
      content: 'Short video: what a cobot does in a small plant',
      owner: 'Ingrid (Marketing)',
      status: 'Exists today',
    },
  },
  {
    name: 'Evaluation',
    goal: 'Estimate the payback before talking to sales',
    touchPoint: {
      channel: 'Website',
      content: 'ROI calculator for a first cobot cell',
      owner: 'Ola (Web)',
      status: 'Planned',
    },
  },
  {
    name: 'Consideration',
    goal: 'Compare two or three vendors',
    touchPoint: {
      channel: 'Webinar',
      content: 'Live demo with an existing customer',
      owner: 'Kari (Sales)',
      status: 'Exists today',
    },
  },
  {
    name: 'Purchase',
    goal: 'Get sign-off from the CFO',
    touchPoint: {
      channel: 'Sales call',
      content: 'Proposal walkthrough with finance',
      owner: 'Kari (Sales)',
      status: 'Exists today',
    },
  },
  {
    name: 'Onboarding',
    goal: 'Get the first cell running',
    touchPoint: {
      channel: 'Email',
      content: 'Welcome series for the first 30 days',
      owner: 'Per (Customer success)',
      status: 'Planned',
    },
  },
  {
    name: 'Advocacy',
    goal: 'Share the success with peers',
    touchPoint: {
      channel: 'Community',
      content: 'Customer story on the blog',
      owner: 'Ingrid (Marketing)',
      status: 'Planned',
    },
  },
];
const finalPlan = plan.filter((phase) => phase.name !== 'Onboarding');
const label = (phases: readonly PhasePlan[], name: string) =>
  `${phases.findIndex((phase) => phase.name === name) + 1}. ${name}`;

const maya = 'Maya, the CFO';
const sam = 'Sam, the IT lead';
/** Emotion per phase of the final five, as the option labels read; null is left unscored. */
const emotions: Record<string, (string | null)[]> = {
  [maya]: ['+1 Positive', '0 Neutral', '−1 Negative', '−2 Very negative', '+2 Very positive'],
  [sam]: ['0 Neutral', '−1 Negative', '−2 Very negative', null, '+1 Positive'],
};
const emotionValue = (option: string) => option.split(' ')[0]?.replace('+', '').replace('−', '-');

async function expectTheFinishedMap(page: Page) {
  await expectPhaseNames(
    page,
    finalPlan.map((phase) => phase.name),
  );
  for (const phase of finalPlan) {
    const at = label(finalPlan, phase.name);
    await expect(journeyField(page, `Customer goal — ${at}`)).toHaveValue(phase.goal);
    await expectTouchPoint(page, at, 1, phase.touchPoint);
  }
  for (const [persona, scores] of Object.entries(emotions)) {
    for (const [index, option] of scores.entries()) {
      const at = label(finalPlan, finalPlan[index]?.name ?? '');
      await expect(journeyField(page, `Emotion of ${persona} — ${at}`)).toHaveValue(
        option === null ? '' : (emotionValue(option) ?? ''),
      );
    }
  }
  const chart = emotionChart(page);
  await expect(chart).toBeVisible();
  await expect(chart.locator(`g[data-name="${maya}"] path.chart-curve`)).toHaveCount(1);
  await expect(chart.locator(`g[data-name="${sam}"] path.chart-curve`)).toHaveCount(1);
  for (const name of finalPlan.map((phase) => phase.name))
    await expect(chart.locator('text', { hasText: name })).toHaveCount(1);
  await expect(page.locator('figcaption')).toContainText(
    `${maya} is lowest at Purchase (−2) and highest at Advocacy (+2).`,
  );
  await expect(page.locator('figcaption')).toContainText(`Not scored for ${sam}: Purchase.`);
  await expect(
    journeyField(page, `Conversion to next phase (%) — ${label(finalPlan, 'Awareness')}`),
  ).toHaveValue('40');
}

test('builds a five-phase journey with touch points, goals and two personas’ emotions, and finds it all after relaunching offline', async () => {
  test.setTimeout(240_000);
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await openJourneyMap(page);

  // A new engagement's map starts from the default phases.
  await expectPhaseNames(page, [
    'Awareness',
    'Consideration',
    'Conversion',
    'Onboarding',
    'Advocacy',
  ]);

  // Rename one, add one: the cursor lands in the new phase's name.
  await journeyField(page, 'Name of phase 3').fill('Purchase');
  await page.getByRole('button', { name: 'Add phase' }).click();
  await expect(journeyField(page, 'Name of phase 6')).toBeFocused();
  await page.keyboard.type('Evaluation');
  await expect(page.getByTestId('journey-phase-count')).toHaveText('6 of at most 20 phases');

  // Reorder by keyboard: the column's drag handle and Alt+←/→ in the grid, then Alt+↑ in the list.
  await moveWithDragHandle(
    page,
    page.getByRole('button', { name: 'Drag 6. Evaluation to reorder' }),
    6,
    4,
    6,
    'horizontal',
  );
  await expect(journeyField(page, 'Name of phase 4')).toHaveValue('Evaluation');
  await journeyField(page, 'Name of phase 4').press('Alt+ArrowRight');
  await expect(journeyField(page, 'Name of phase 5')).toHaveValue('Evaluation');
  await page.getByRole('tab', { name: 'List' }).click();
  for (const position of [5, 4, 3]) {
    await journeyField(page, `Name of phase ${position}`).press('Alt+ArrowUp');
    await expect(journeyField(page, `Name of phase ${position - 1}`)).toHaveValue('Evaluation');
  }
  await expectPhaseNames(
    page,
    plan.map((phase) => phase.name),
  );

  // Goals and a touch point per phase, in the grid.
  await page.getByRole('tab', { name: 'Grid' }).click();
  for (const phase of plan) {
    const at = label(plan, phase.name);
    await journeyField(page, `Customer goal — ${at}`).fill(phase.goal);
    await addTouchPoint(page, at, 1, phase.touchPoint);
  }
  await expectAllSaved(page);

  // Remove a phase that has a touch point: confirmed first, and undo brings all of it back.
  await page.getByRole('button', { name: `Remove phase ${label(plan, 'Onboarding')}` }).click();
  const confirm = page.getByRole('alertdialog', {
    name: `Remove “${label(plan, 'Onboarding')}” and its touch point?`,
  });
  await confirm.getByRole('button', { name: 'Remove phase' }).click();
  await expectPhaseNames(
    page,
    finalPlan.map((phase) => phase.name),
  );
  await expect(page.getByText('Removed phase “Onboarding” and its touch point.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectPhaseNames(
    page,
    plan.map((phase) => phase.name),
  );
  await expectTouchPoint(
    page,
    label(plan, 'Onboarding'),
    1,
    plan[4]?.touchPoint as TouchPointInput,
  );
  await expect(journeyField(page, `Customer goal — ${label(plan, 'Onboarding')}`)).toHaveValue(
    'Get the first cell running',
  );
  // This client's journey has no onboarding worth mapping after all.
  await page.getByRole('button', { name: `Remove phase ${label(plan, 'Onboarding')}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove phase' }).click();
  await expectPhaseNames(
    page,
    finalPlan.map((phase) => phase.name),
  );

  // Two personas, each with its own emotion curve.
  for (const persona of [maya, sam]) {
    await page.getByLabel('New persona').fill(persona);
    await page.getByRole('button', { name: 'Add persona' }).click();
    await expect(page.getByRole('list', { name: 'Emotion curves' })).toContainText(persona);
  }
  for (const [persona, scores] of Object.entries(emotions)) {
    for (const [index, option] of scores.entries()) {
      if (option === null) continue;
      const at = label(finalPlan, finalPlan[index]?.name ?? '');
      await journeyField(page, `Emotion of ${persona} — ${at}`).selectOption({ label: option });
    }
  }
  await expect(emotionChart(page).locator('path.chart-curve')).toHaveCount(2);

  // A conversion rate above 100 % is refused with a reason; the last good rate stays stored.
  const awarenessRate = journeyField(
    page,
    `Conversion to next phase (%) — ${label(finalPlan, 'Awareness')}`,
  );
  await awarenessRate.fill('40');
  await awarenessRate.press('Tab');
  await expectAllSaved(page);
  await awarenessRate.fill('150');
  await expect(
    page.getByText(
      'A conversion rate cannot be above 100 %: no phase passes on more prospects than it has.',
    ),
  ).toBeVisible();
  await expect(awarenessRate).toHaveValue('150');
  await expect(awarenessRate).toHaveAttribute('aria-invalid', 'true');

  // The list view shows the same map.
  await page.getByRole('tab', { name: 'List' }).click();
  const evaluation = page.getByRole('article', { name: `Phase ${label(finalPlan, 'Evaluation')}` });
  await expect(evaluation).toBeVisible();
  await expect(
    evaluation.getByLabel(`Customer goal — ${label(finalPlan, 'Evaluation')}`),
  ).toHaveValue('Estimate the payback before talking to sales');
  await page.getByRole('tab', { name: 'Grid' }).click();
  await expectTheFinishedMap(page);
  await expectAllSaved(page);
  await app.close();

  // Same profile, still offline: the whole map is where it was left.
  app = await launchApp(profile);
  page = app.page;
  await page
    .getByRole('listitem', { name: 'Acme Robotics — FY27 growth plan' })
    .getByRole('button', { name: /^Acme Robotics FY27 growth plan/ })
    .click();
  await openJourneyMap(page);
  await expectTheFinishedMap(page);
  await page.getByRole('tab', { name: 'List' }).click();
  await expectTheFinishedMap(page);
});
