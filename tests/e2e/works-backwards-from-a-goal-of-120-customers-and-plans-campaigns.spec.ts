import { expect, test, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { campaign, setRates } from './harness/planner-actions';
import {
  addTouchPoint,
  expectPhaseNames,
  expectTouchPoint,
  journeyField,
  openJourneyMap,
  type TouchPointInput,
} from './harness/journey-actions';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const client = { clientName: 'Acme Robotics', title: 'FY27 growth plan' };

/** The cell of the "What each phase needs" table for a phase and a scenario. */
function volume(page: Page, phase: string, scenario: 'cautious' | 'expected' | 'ambitious') {
  return page
    .getByTestId('plan-volume-row')
    .filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) })
    .locator(`td[data-scenario="${scenario}"]`);
}

async function expectVolumes(page: Page, phase: string, volumes: [string, string, string]) {
  await expect(volume(page, phase, 'cautious')).toHaveText(volumes[0]);
  await expect(volume(page, phase, 'expected')).toHaveText(volumes[1]);
  await expect(volume(page, phase, 'ambitious')).toHaveText(volumes[2]);
}

const phases = ['Awareness', 'Consideration', 'Conversion', 'Onboarding', 'Advocacy'] as const;
const touchPoints: Record<(typeof phases)[number], TouchPointInput> = {
  Awareness: {
    channel: 'LinkedIn',
    content: 'Cobot explainer video',
    owner: 'Ingrid',
    status: 'Exists today',
  },
  Consideration: { channel: 'Webinar', content: 'Live demo', owner: 'Kari', status: 'Planned' },
  Conversion: {
    channel: 'Sales call',
    content: 'Proposal walkthrough',
    owner: 'Kari',
    status: 'Exists today',
  },
  Onboarding: { channel: 'Email', content: 'Welcome series', owner: 'Per', status: 'Planned' },
  Advocacy: { channel: 'Blog', content: 'Customer story', owner: 'Ingrid', status: 'Planned' },
};

/** Five phases with a touch point each in the journey map; the map knows Awareness' rate and volume. */
async function mapTheJourney(page: Page) {
  await openJourneyMap(page);
  await expectPhaseNames(page, phases);
  for (const [index, phase] of phases.entries())
    await addTouchPoint(page, `${index + 1}. ${phase}`, 1, touchPoints[phase]);
  await journeyField(page, 'Conversion to next phase (%) — 1. Awareness').fill('10');
  await journeyField(page, 'Volume today — 1. Awareness').fill('2000');
  await expectAllSaved(page);
}

test('works back from a goal of 120 customers through five phases, plans campaigns from the targets and finds it all after relaunching offline', async () => {
  // A long session's worth of typing, on a machine shared with other runs.
  test.setTimeout(180_000);
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, client);
  await mapTheJourney(page);
  await openWorksheet(page, 'Campaigns & plan');
  await expect(page.getByTestId('plan-volume-row')).toHaveCount(5);

  // The goal: 120 new customers, counted at Conversion, with a 10 % safety buffer.
  await page.getByLabel('Final goal', { exact: true }).fill('120');
  await page.getByLabel('Deadline').fill('2027-12-31');
  await page.getByLabel('Counted at phase').selectOption({ label: 'Conversion' });
  await page.getByLabel('Safety buffer (%)').fill('10');
  await expect(page.getByTestId('plan-volume-row')).toHaveCount(3);
  await expect(page.getByText('Onboarding and Advocacy come after the goal')).toBeVisible();

  // Rates in three scenarios, worked back phase by phase; the expected rate from Awareness is the
  // journey map's own until the plan sets one.
  const fromAwareness = page.getByLabel('Expected rate from Awareness to Consideration (%)');
  await expect(fromAwareness).toHaveValue('');
  await expect(fromAwareness).toHaveAttribute('placeholder', '10 (map)');
  await setRates(page, 'Awareness', 'Consideration', ['5', '', '20']);
  await setRates(page, 'Consideration', 'Conversion', ['20', '25', '40']);
  await expectVolumes(page, 'Conversion', ['132', '132', '132']);
  await expectVolumes(page, 'Consideration', ['660', '528', '330']);
  await expectVolumes(page, 'Awareness', ['13,200 (far above today)', '5,280', '1,650']);
  await expect(page.getByTestId('plan-overall')).toHaveText(
    'Overall conversion from Awareness to Conversion: 1 % cautious · 2.5 % expected · 8 % ambitious.',
  );

  // Today's volume, from the map: a need far above it is flagged.
  await expect(page.getByLabel('Today’s volume in Awareness')).toHaveValue('2000');
  await expect(
    page.getByText(
      'Awareness needs 13,200 in the cautious scenario, 6.6× today’s 2,000: far above what it sees now.',
    ),
  ).toBeVisible();

  // A zero rate is reported, not divided by.
  await page.getByLabel('Expected rate from Consideration to Conversion (%)').fill('0');
  await expect(
    page.getByText(
      'Cannot reach Conversion: the expected rate from Consideration to Conversion is 0 %.',
    ),
  ).toBeVisible();
  await expectVolumes(page, 'Awareness', [
    '13,200 (far above today)',
    '— (cannot be worked out)',
    '1,650',
  ]);
  await page.getByLabel('Expected rate from Consideration to Conversion (%)').fill('25');
  await expectVolumes(page, 'Awareness', ['13,200 (far above today)', '5,280', '1,650']);

  // A rate above 100 % is refused with the reason, and the plan keeps the last good rate.
  const ambitious = page.getByLabel('Ambitious rate from Consideration to Conversion (%)');
  await ambitious.fill('150');
  await expect(page.getByText('A conversion rate cannot be above 100 %.')).toBeVisible();
  await expect(ambitious).toHaveAttribute('aria-invalid', 'true');
  await expectVolumes(page, 'Consideration', ['660', '528', '330']);
  await ambitious.fill('40');
  await expect(page.getByText('A conversion rate cannot be above 100 %.')).toBeHidden();

  // The reverse funnel draws in the worksheet, with its text alternative.
  const funnel = page.getByRole('img', { name: /worked backwards from Conversion to Awareness/ });
  await expect(funnel).toBeVisible();
  await expect(funnel).toHaveAttribute(
    'aria-label',
    /Awareness: 13,200 \(cautious\), 5,280 \(expected\), 1,650 \(ambitious\); today 2,000\./,
  );
  await expect(funnel.locator('rect.chart-bar')).toHaveCount(10);

  // Campaigns from the planner's targets.
  await page.getByRole('button', { name: 'Add a campaign for Awareness' }).click();
  await expect(
    page.getByText('Added “Awareness campaign” below, with a target of 5,280.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add a campaign for Consideration' }).click();
  await expect(campaign(page, 1).getByLabel('Name')).toHaveValue('Awareness campaign');
  await expect(campaign(page, 1).getByLabel('Target')).toHaveValue('5280');
  await expect(campaign(page, 2).getByLabel('Target')).toHaveValue('528');

  const first = campaign(page, 1);
  await first.getByLabel('Name').fill('Spring lead-generation webinars');
  await first.getByLabel('Attainable goal').fill('5,280 prospects reach the webinar page by March');
  await first.getByLabel('KPI').fill('Landing-page visits');
  await first.getByLabel('Channels').fill('LinkedIn, email');
  await first.getByLabel('Landing page').fill('acme.example/webinar');
  await first.getByLabel('Owner').fill('Dana (marketing)');
  await first.getByLabel('Start').fill('2027-02-01');
  await first.getByLabel('End').fill('2027-03-31');
  await first.getByLabel('Budget').fill('12,000');
  await first.getByLabel('Status').selectOption({ label: 'Running' });
  await first
    .getByLabel('Content')
    .fill('Engaging content shared with target prospects, directing them to a landing page.');

  // An end date before the start is refused with a clear message.
  const second = campaign(page, 2);
  await second.getByLabel('Name').fill('Case-study nurture');
  await second.getByLabel('Start').fill('2027-04-01');
  await second.getByLabel('End').fill('2027-03-15');
  await expect(
    second.getByText('The end date (2027-03-15) is before the start date (2027-04-01).'),
  ).toBeVisible();
  await second.getByLabel('End').fill('2027-05-31');
  await expect(second.getByRole('alert')).toHaveCount(0);

  // A campaign added by hand takes the planner's target in one click once it has a phase.
  await page.getByRole('button', { name: 'Add campaign', exact: true }).click();
  const third = campaign(page, 3);
  await expect(third.getByLabel('Name')).toBeFocused();
  await third.getByLabel('Name').fill('Demo days');
  await third.getByLabel('Phase').selectOption({ label: 'Conversion' });
  await third.getByRole('button', { name: 'Use the planner’s 132' }).click();
  await expect(third.getByLabel('Target')).toHaveValue('132');
  await third.getByLabel('Start').fill('2027-05-15');
  await third.getByLabel('End').fill('2027-06-30');

  const timeline = page.getByRole('img', { name: /^3 campaigns from 1 Feb 2027 to 30 Jun 2027\./ });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('rect.chart-bar')).toHaveCount(3);
  await expectAllSaved(page);

  // Relaunch offline: everything is there.
  await app.close();
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, client.clientName, client.title);
  await openWorksheet(page, 'Campaigns & plan');
  await expect(page.getByLabel('Final goal', { exact: true })).toHaveValue('120');
  await expect(page.getByLabel('Deadline')).toHaveValue('2027-12-31');
  await expect(page.getByLabel('Counted at phase').locator('option:checked')).toHaveText(
    'Conversion',
  );
  await expect(page.getByLabel('Safety buffer (%)')).toHaveValue('10');
  await expect(page.getByLabel('Cautious rate from Awareness to Consideration (%)')).toHaveValue(
    '5',
  );
  await expect(page.getByLabel('Ambitious rate from Consideration to Conversion (%)')).toHaveValue(
    '40',
  );
  await expectVolumes(page, 'Awareness', ['13,200 (far above today)', '5,280', '1,650']);
  await expect(page.getByLabel('Today’s volume in Awareness')).toHaveValue('2000');

  await expect(page.getByRole('group', { name: /^Campaign \d+$/ })).toHaveCount(3);
  await expect(campaign(page, 1).getByLabel('Name')).toHaveValue('Spring lead-generation webinars');
  await expect(campaign(page, 1).getByLabel('Phase').locator('option:checked')).toHaveText(
    'Awareness',
  );
  await expect(campaign(page, 1).getByLabel('Status').locator('option:checked')).toHaveText(
    'Running',
  );
  await expect(campaign(page, 1).getByLabel('Landing page')).toHaveValue('acme.example/webinar');
  await expect(campaign(page, 1).getByLabel('Budget')).toHaveValue('12000');
  await expect(campaign(page, 1).getByLabel('Content')).toHaveValue(
    'Engaging content shared with target prospects, directing them to a landing page.',
  );
  await expect(campaign(page, 2).getByLabel('End')).toHaveValue('2027-05-31');
  await expect(campaign(page, 3).getByLabel('Target')).toHaveValue('132');
  await expect(
    page.getByRole('img', { name: /^3 campaigns from 1 Feb 2027 to 30 Jun 2027\./ }),
  ).toBeVisible();
  await openJourneyMap(page);
  for (const [index, phase] of phases.entries())
    await expectTouchPoint(page, `${index + 1}. ${phase}`, 1, touchPoints[phase]);

  // A phase that campaigns are tied to is not removed without saying so.
  await page.getByRole('button', { name: 'Remove phase 1. Awareness' }).click();
  const confirm = page.getByRole('alertdialog', {
    name: 'Remove “1. Awareness” and its touch point?',
  });
  await expect(confirm).toContainText(/(One campaign is|\d+ campaigns are) tied to this phase/);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await goHome(page);
});
