import { expect, test, type Locator, type Page } from '@playwright/test';
import { moveWithDragHandle } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const list = (page: Page, name: string) => page.getByRole('list', { name, exact: true });
const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Every field of every entry of a list, top to bottom, as shown. */
async function readList(listLocator: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const group of await listLocator.getByRole('group').all()) {
    const values: string[] = [];
    for (const field of await group.locator('input, textarea, select').all())
      values.push(await field.inputValue());
    rows.push(values);
  }
  return rows;
}

/** Leaves the field being typed in, so its value is saved now rather than after the pause. */
async function saveTyping(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
}

/** Pastes as the consultant does, through the clipboard: one input event, however long the text. */
async function paste(page: Page, field: Locator, text: string): Promise<void> {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

async function addStage(
  page: Page,
  number: number,
  stage: { name: string; duration: string; unit: string; conversion: string; what: string },
) {
  await page.getByRole('button', { name: 'Add stage' }).click();
  const row = card(page, `Stage ${number}`);
  await expect(row.getByLabel('Stage name')).toBeFocused();
  await row.getByLabel('Stage name').fill(stage.name);
  await row.getByLabel('Typical duration').fill(stage.duration);
  await row.getByLabel('Duration unit').selectOption(stage.unit);
  await row.getByLabel('Conversion to next stage (%)').fill(stage.conversion);
  await row.getByLabel('What happens').fill(stage.what);
}

const expectedStages = [
  ['Discovery call', '2', 'weeks', '40', 'Sales qualifies budget, need and timing'],
  ['Lead', '5', 'days', '60', 'Marketing passes a demo request to sales'],
  ['Proposal', '3', 'weeks', '35', 'A tailored proposal with an ROI case'],
  ['Negotiation', '', 'weeks', '', ''],
  ['Signed', '', 'weeks', '', ''],
];
const expectedCompetitors = [
  [
    'Northwind Automation',
    'high',
    'The safe, established choice for large plants',
    'Installed base; service network',
    'Slow to customise; expensive',
  ],
  ['Contoso Robotics', 'medium', 'Cheap cobots for small shops', 'Price', 'Thin support'],
  ['Fabrikam', '', '', '', ''],
];
const expectedTrends = [
  [
    'Labour shortages push factories to automate',
    'positive',
    'now',
    'Demand for turnkey cells grows; lead with payback time',
  ],
  [
    'Tariffs on imported components',
    'negative',
    '1-2-years',
    'Margins shrink unless we source locally',
  ],
];

test('maps the sales process, competitors and trends, relaunches offline and finds every value', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await openWorksheet(page, 'Situation analysis');

  // The sales process, stage by stage.
  await addStage(page, 1, {
    name: 'Lead',
    duration: '5',
    unit: 'days',
    conversion: '60',
    what: 'Marketing passes a demo request to sales',
  });
  await addStage(page, 2, {
    name: 'Discovery call',
    duration: '2',
    unit: 'weeks',
    conversion: '40',
    what: 'Sales qualifies budget, need and timing',
  });
  await addStage(page, 3, {
    name: 'Proposal',
    duration: '3',
    unit: 'weeks',
    conversion: '140',
    what: 'A tailored proposal with an ROI case',
  });

  // A conversion above 100 % and a duration in words are refused, and what was typed stays.
  const proposal = card(page, 'Stage 3');
  await expect(proposal.getByRole('alert')).toHaveText(
    'The conversion cannot be above 100 %: a stage cannot pass on more prospects than it has.',
  );
  await expect(proposal.getByLabel('Conversion to next stage (%)')).toHaveValue('140');
  await proposal.getByLabel('Conversion to next stage (%)').fill('35');
  await proposal.getByLabel('Typical duration').fill('three');
  await expect(proposal.getByRole('alert')).toHaveText(
    'The duration must be a number, like 1200 or 12.5.',
  );
  await proposal.getByLabel('Typical duration').fill('3');
  await expect(proposal.getByRole('alert')).toHaveCount(0);

  // A pasted list: what fits is added; a line too long for a stage stays in the box, with why.
  const stagesSection = page.getByRole('region', { name: 'Sales process' });
  await stagesSection.getByText('Paste a list of stages').click();
  const pasteBox = stagesSection.getByLabel('Paste stages, one per line');
  const tooLong = 'x'.repeat(812);
  await paste(page, pasteBox, `- Negotiation\n${tooLong}\n- Signed\n`);
  await stagesSection.getByRole('button', { name: 'Add these stages' }).click();
  await expect(stagesSection.getByTestId('paste-outcome')).toHaveText(
    'Added 2 stages. Kept in the box: 1 is longer than 200 characters.',
  );
  await expect(pasteBox).toHaveValue(tooLong);
  await expect(list(page, 'Sales stages').getByRole('group')).toHaveCount(5);
  await pasteBox.fill('');

  // Reorder: Alt+↑ from a field, the move buttons, and the drag handle's keyboard mode.
  await card(page, 'Stage 2').getByLabel('Stage name').press('Alt+ArrowUp');
  await expect(card(page, 'Stage 1').getByLabel('Stage name')).toHaveValue('Discovery call');
  await page.getByRole('button', { name: 'Move “Signed” up' }).click();
  await expect(card(page, 'Stage 4').getByLabel('Stage name')).toHaveValue('Signed');
  const handle = page.getByRole('button', { name: 'Drag “Signed” to reorder' });
  await moveWithDragHandle(page, handle, 4, 5, 5);
  await expect(card(page, 'Stage 5').getByLabel('Stage name')).toHaveValue('Signed');

  // Remove a stage by mistake and undo it.
  await page.getByRole('button', { name: 'Remove “Proposal”' }).click();
  await expect(list(page, 'Sales stages').getByRole('group')).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Stage 3').getByLabel('Stage name')).toHaveValue('Proposal');
  await expect(page.getByTestId('sales-summary')).toContainText(
    'A typical deal takes about 5.7 weeks through the process (2 stages have no duration yet).',
  );
  await expect(page.getByTestId('sales-summary')).toContainText(
    'Biggest drop-off: Proposal, where 35 % move on.',
  );

  // Competitors: two typed, one pasted.
  const competitors = page.getByRole('region', { name: 'Primary competitors' });
  for (const [index, [name, threat, positioning, strengths, weaknesses]] of expectedCompetitors
    .slice(0, 2)
    .entries()) {
    await competitors.getByRole('button', { name: 'Add competitor' }).click();
    const row = card(page, `Competitor ${index + 1}`);
    await row.getByLabel('Competitor name').fill(name ?? '');
    await row.getByLabel('Threat level').selectOption(threat ?? '');
    await row.getByLabel('Positioning').fill(positioning ?? '');
    await row.getByLabel('Strengths').fill(strengths ?? '');
    await row.getByLabel('Weaknesses').fill(weaknesses ?? '');
  }
  await expect(card(page, 'Competitor 1')).toContainText('High threat');
  await competitors.getByText('Paste a list of competitors').click();
  await competitors.getByLabel('Paste competitors, one per line').fill('Fabrikam');
  await competitors.getByRole('button', { name: 'Add these competitors' }).click();
  await expect(list(page, 'Competitors').getByRole('group')).toHaveCount(3);

  // Industry trends.
  const trends = page.getByRole('region', { name: 'Industry trends' });
  for (const [index, [trend, impact, horizon, implication]] of expectedTrends.entries()) {
    await trends.getByRole('button', { name: 'Add trend' }).click();
    const row = card(page, `Trend ${index + 1}`);
    await row.getByLabel('Trend', { exact: true }).fill(trend ?? '');
    await row.getByLabel('Impact').selectOption(impact ?? '');
    await row.getByLabel('Horizon').selectOption(horizon ?? '');
    await row.getByLabel('What it means for the client').fill(implication ?? '');
  }
  await expect(card(page, 'Trend 2')).toContainText('↓ negative');
  await saveTyping(page);

  expect(await readList(list(page, 'Sales stages'))).toEqual(expectedStages);
  expect(await readList(list(page, 'Competitors'))).toEqual(expectedCompetitors);
  expect(await readList(list(page, 'Industry trends'))).toEqual(expectedTrends);
  await app.close();

  // Relaunched offline on the same profile: every value is where it was left.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await openWorksheet(page, 'Situation analysis');
  await expect(list(page, 'Sales stages').getByRole('group')).toHaveCount(5);
  expect(await readList(list(page, 'Sales stages'))).toEqual(expectedStages);
  expect(await readList(list(page, 'Competitors'))).toEqual(expectedCompetitors);
  expect(await readList(list(page, 'Industry trends'))).toEqual(expectedTrends);
  await expect(page.getByTestId('sales-summary')).toContainText('Biggest drop-off: Proposal');
});

test('adds what fits of a stray paste of thousands of lines and keeps the rest in the box', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await openWorksheet(page, 'Situation analysis');
  const stagesSection = page.getByRole('region', { name: 'Sales process' });
  await stagesSection.getByText('Paste a list of stages').click();
  const pasteBox = stagesSection.getByLabel('Paste stages, one per line');
  const thousands = Array.from({ length: 3000 }, (_, index) => `Stage ${index + 1}`).join('\n');
  await paste(page, pasteBox, thousands);
  await stagesSection.getByRole('button', { name: 'Add these stages' }).click();
  await expect(stagesSection.getByTestId('paste-outcome')).toHaveText(
    'Added 30 stages. Kept in the box: 2,970 did not fit: the list is full.',
  );
  await expect(list(page, 'Sales stages').getByRole('group')).toHaveCount(30);
  await expect(card(page, 'Stage 30').getByLabel('Stage name')).toHaveValue('Stage 30');
  const left = (await pasteBox.inputValue()).split('\n');
  expect(left).toHaveLength(2970);
  expect(left[0]).toBe('Stage 31');
  await expectAllSaved(page);
});
