import { exportThrough, takeExportChoices } from './harness/export-choices';
import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEngagement, expectAllSaved, goHome } from './harness/consultant-actions';
import { journeyField, openJourneyMap } from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { planChapterTitles, planChartImageNames } from './harness/marketing-plan-contents';
import {
  convertToPdf,
  pdfPages,
  pdfPictures,
  readWordCharts,
  readWordDocument,
  readWordImages,
  readWordOrientations,
} from './harness/word-readers';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-plan-'));
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const emotions: Record<string, string> = {
  '1. Awareness': '1',
  '2. Consideration': '-1',
  '3. Conversion': '2',
  '4. Onboarding': '0',
  '5. Advocacy': '1',
};

/** The journey's default phases, each with the typical customer's emotion; Awareness' goal. */
async function mapTheJourney(page: Page) {
  await openJourneyMap(page);
  for (const [phase, score] of Object.entries(emotions))
    await journeyField(page, `Emotion — ${phase}`).selectOption(score);
  await journeyField(page, 'Customer goal — 1. Awareness').fill(
    'Find out whether cobots fit a plant our size',
  );
  await expectAllSaved(page);
}

/** A goal of 120 new customers at Conversion, worked back with rates in three scenarios. */
async function setTheGoal(page: Page) {
  await openWorksheet(page, 'Campaigns & plan');
  await page.getByLabel('Final goal', { exact: true }).fill('120');
  await page.getByLabel('Deadline').fill('2027-12-31');
  await page.getByLabel('Counted at phase').selectOption({ label: 'Conversion' });
  for (const [from, to, rates] of [
    ['Awareness', 'Consideration', ['5', '10', '20']],
    ['Consideration', 'Conversion', ['20', '25', '40']],
  ] as const)
    for (const [index, scenario] of ['Cautious', 'Expected', 'Ambitious'].entries())
      await page
        .getByLabel(`${scenario} rate from ${from} to ${to} (%)`)
        .fill(rates[index] as string);
  await expect(page.getByTestId('plan-volume-row')).toHaveCount(3);
}

async function addACampaign(page: Page) {
  await page.getByRole('button', { name: 'Add a campaign for Awareness' }).click();
  const campaign = page.getByRole('group', { name: 'Campaign 1', exact: true });
  await campaign.getByLabel('Name').fill('Spring webinars');
  await campaign.getByLabel('Owner').fill('Dana');
  await campaign.getByLabel('Start').fill('2027-02-01');
  await campaign.getByLabel('End').fill('2027-03-31');
  await expectAllSaved(page);
}

async function addABrandChannel(page: Page) {
  await openWorksheet(page, 'Brand personality');
  await page
    .getByRole('radiogroup', { name: 'Formal – Casual (brand)' })
    .getByRole('radio', { name: '2 – rather formal' })
    .check();
  await page.getByLabel('New channel').fill('Email');
  await page.getByRole('button', { name: 'Add channel' }).click();
  await page
    .getByRole('radiogroup', { name: 'Formal – Casual (Email)' })
    .getByRole('radio', { name: /^5 – very casual/ })
    .check();
  await expectAllSaved(page);
}

const chapters = planChapterTitles;

test('exports the marketing plan with its charts: chapters, tables and the four charts with alt text, readable by LibreOffice', async () => {
  test.setTimeout(240_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    consultantName: 'Dana Reyes',
    firmName: 'Northwind Strategy',
  });
  await mapTheJourney(page);
  await setTheGoal(page);
  await addACampaign(page);
  await addABrandChannel(page);

  // From the workspace header, wherever the consultant is.
  const target = join(folder, 'Acme plan.docx');
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export plan (.docx)');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(target, {
    timeout: 60_000,
  });
  expect(app.saveDialogs.map((dialog) => dialog.title)).toEqual(['Export marketing plan']);
  expect(app.saveDialogs[0]?.defaultFileName).toMatch(
    /^Acme Robotics - FY27 growth plan - Marketing plan - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  expect(readdirSync(folder)).toEqual(['Acme plan.docx']);

  // python-docx: a chapter per worksheet, the tables, and the charts with their alt text.
  const document = await readWordDocument(target);
  expect(document.title).toBe('Acme Robotics — Marketing plan');
  expect(document.headings.filter((heading) => heading.level === 1).map((h) => h.text)).toEqual(
    chapters,
  );
  const texts = document.paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toContain('The situation analysis has not been filled in yet.');
  expect(texts).toContain(
    'Final goal: 120 new customers by 31 December 2027, counted at Conversion',
  );
  // The chapter's table, after any of the executive summary with the same first headers.
  const table = (firstHeader: string, secondHeader?: string) =>
    document.tables.findLast(
      (rows) =>
        rows[0]?.[0] === firstHeader &&
        (secondHeader === undefined || rows[0]?.[1] === secondHeader),
    );
  // The executive summary, right after the contents: what the goal needs of each phase and the
  // key campaigns, written from what was entered.
  expect(document.tables[0]).toEqual([
    ['Phase', 'Today', 'Needed (expected)', 'Cautious to ambitious'],
    ['Awareness', '—', '5,280', '13,200 to 1,650'],
    ['Consideration', '—', '528', '660 to 330'],
    ['Conversion', '—', '132', '132 to 132'],
  ]);
  expect(document.tables[1]).toEqual([
    ['Campaign', 'Dates', 'Owner', 'Budget'],
    ['Spring webinars', '1 February 2027 – 31 March 2027', 'Dana', '—'],
  ]);
  expect(table('Phase', 'Emotion')?.slice(1, 4)).toEqual([
    ['Awareness', '+1 positive', '—', '—', '—'],
    ['Consideration', '−1 negative', '—', '—', '—'],
    ['Conversion', '+2 very positive', '—', '—', '—'],
  ]);
  expect(table('Phase', 'Today')?.slice(1)).toEqual([
    ['Awareness', '—', '13,200', '5,280', '1,650'],
    ['Consideration', '—', '660', '528', '330'],
    ['Conversion', '—', '132', '132', '132'],
  ]);
  expect(table('Campaign', 'Phase')?.[1]).toEqual([
    'Spring webinars',
    'Awareness',
    '—',
    '5,280',
    '—',
    '1 February 2027 – 31 March 2027',
    '—',
    'Dana',
    'Planned',
  ]);
  expect(table('Voice')?.slice(1)).toEqual([
    ['The brand', '—', '2 – rather formal', '—', '—', '—'],
    ['Email', '—', '5 – very casual', '—', '—', '25 %'],
  ]);

  const images = await readWordImages(target);
  expect(images.map((image) => image.name)).toEqual(planChartImageNames({ budgeted: false }));
  expect(images.map((image) => image.description)).toEqual([
    expect.stringMatching(/^Tone of voice on 1 channel compared with the brand’s: 25 % consistent/),
    expect.stringMatching(/^Emotion across 5 phases, from Awareness to Advocacy/),
    expect.stringMatching(/worked backwards from Conversion to Awareness/),
    expect.stringMatching(/^1 campaign from 1 Feb 2027 to 31 Mar 2027\./),
  ]);
  for (const image of images) {
    expect(image.contentType).toBe('image/png');
    expect(image.widthCm).toBeGreaterThan(10);
  }
  expect(await readWordOrientations(target)).toContain('landscape');

  // LibreOffice converts it without error; the contents carry page numbers; charts are drawn.
  const pdf = await convertToPdf(target);
  const pages = await pdfPages(pdf);
  expect(pages[1]).toMatch(/Customer journey\.*\s*\d+/);
  // The emotion curve's page: its caption is under the drawing.
  const curvePage = pages.findIndex((text) => text.includes('Emotion across 5 phases'));
  expect(curvePage).toBeGreaterThan(1);
  // LibreOffice draws each chart from its PNG, not its SVG, and so does every PDF it makes: the
  // PNG is at print resolution, 220 pixels to the inch of the size it is placed at.
  const pictures = await pdfPictures(pdf);
  expect(pictures).toHaveLength(images.length);
  for (const picture of pictures) {
    expect(picture.xPpi).toBeGreaterThanOrEqual(219);
    expect(picture.yPpi).toBeGreaterThanOrEqual(219);
  }
  // A picture of that page, to look at: the curve is really drawn, not just its words.
  const picture = test.info().outputPath('emotion-curve-page');
  await promisify(execFile)('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(curvePage + 1),
    '-l',
    String(curvePage + 1),
    pdf,
    picture,
  ]);
});

test('exports the plan with editable Word charts when the consultant chooses them, and remembers it', async () => {
  test.setTimeout(240_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await mapTheJourney(page);
  await setTheGoal(page);
  // Pictures unless the consultant chooses otherwise, in the choice before the export.
  await page.getByRole('button', { name: 'Export plan (.docx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the marketing plan' });
  await expect(dialog.getByRole('radio', { name: /^Pictures/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /^Editable Word charts/ }).check();
  await page.screenshot({ path: test.info().outputPath('chart-form-choice.png') });
  const target = join(folder, 'editable.docx');
  app.answerSaveDialog(target);
  await takeExportChoices(page);
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toContainText(target, { timeout: 60_000 });
  await saved.getByRole('button', { name: 'Dismiss' }).click();

  // Remembered for the engagement: after reopening it, the next export offers editable charts
  // again and makes them.
  await expectAllSaved(page);
  await goHome(page);
  await reopenEngagement(page, 'Acme Robotics', 'FY27 growth plan');
  await page.getByRole('button', { name: 'Export plan (.docx)' }).click();
  await expect(dialog.getByRole('radio', { name: /^Editable Word charts/ })).toBeChecked();
  const again = join(folder, 'editable-again.docx');
  app.answerSaveDialog(again);
  await takeExportChoices(page);
  await expect(saved).toContainText(again, { timeout: 60_000 });
  for (const file of [target, again])
    expect((await readWordCharts(file)).map((chart) => chart.name)).toEqual([
      'Emotion curve',
      'Work-backwards funnel',
    ]);
  const native = await readWordCharts(target);
  expect(native.map((chart) => [chart.name, chart.plots])).toEqual([
    ['Emotion curve', ['lineChart']],
    ['Work-backwards funnel', ['barChart']],
  ]);
  expect(native[0]?.categories).toEqual([
    'Awareness',
    'Consideration',
    'Conversion',
    'Onboarding',
    'Advocacy',
  ]);
  expect(native.every((chart) => chart.hasWorkbook)).toBe(true);
  // LibreOffice opens and converts it.
  expect((await pdfPages(await convertToPdf(target))).join('')).toMatch(/Emotion across 5 phases/);
});

test('the menu’s Export… exports the plan from a plan worksheet and the agenda from Purpose & agenda', async () => {
  test.setTimeout(120_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  const pressExport = async () => {
    await page.evaluate(() =>
      window.dispatchEvent(new CustomEvent('session-studio-menu', { detail: 'export-document' })),
    );
    await takeExportChoices(page);
  };
  app.answerSaveDialog(null);
  // Purpose & agenda is the worksheet on screen once its heading is there.
  await expect(page.getByRole('heading', { name: 'Purpose & agenda', level: 2 })).toBeVisible();
  await pressExport();
  await expect
    .poll(() => app.saveDialogs.map((dialog) => dialog.title))
    .toEqual(['Export session agenda']);
  await openWorksheet(page, 'Situation analysis');
  await pressExport();
  await expect
    .poll(() => app.saveDialogs.map((dialog) => dialog.title))
    .toEqual(['Export session agenda', 'Export marketing plan']);
  // An empty engagement still makes a plan: each chapter says it is empty.
  const target = join(folder, 'plan.docx');
  app.answerSaveDialog(target);
  await pressExport();
  await expect(page.getByText('Saved to')).toBeVisible({ timeout: 60_000 });
  const document = await readWordDocument(target);
  expect(document.headings.map((heading) => heading.text)).toEqual(chapters);
  expect(document.tables).toEqual([]);
  expect(document.imageCount).toBe(0);
});
