import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planSectionIds } from '../../shared/domain/document-choices';
import { collectEngagementFile } from '../../shared/engagement-file/collect';
import { chartExamples } from '../main/charts/fixtures/chart-examples';
import { decodePng } from '../main/charts/png-pixels';
import { fullEngagement } from '../shared/engagement-file/full-engagement-fixture';
import { builtMainFile } from './harness/built-main';
import { planChapterTitles, planChartImageNames } from './harness/marketing-plan-contents';
import {
  convertToPdf,
  pdfPages,
  readWordCharts,
  readWordDocument,
  readWordFrame,
  readWordImages,
} from './harness/word-readers';

/**
 * Runs the built command line (out/main/cli.js) as `npm run cli` does: plain Node, no window, for
 * a consultant whose home folder is `home` (where the app keeps its settings).
 */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [builtMainFile('cli.js'), ...args],
      {
        timeout: 120_000,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: '', APPDATA: '' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let folder: string;
let engagementFile: string;
let home: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-cli-'));
  home = mkdtempSync(join(tmpdir(), 'session-studio-home-'));
  engagementFile = join(folder, 'Acme Robotics - FY27 growth plan.sessionstudio');
  const file = collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-12-01T10:00:00Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
  writeFileSync(engagementFile, `${JSON.stringify(file, null, 2)}\n`);
});

test('builds the marketing plan, a session summary and an agenda from an engagement file, with no window', async () => {
  test.setTimeout(180_000);
  const plan = join(folder, 'plan.docx');
  // Every section of the working version, charts as pictures (the file remembers fewer
  // sections, and editable charts, from the app).
  const everything = ['--version', 'working', '--sections', planSectionIds.join(',')];
  expect(await cli('plan', engagementFile, plan, ...everything, '--charts', 'pictures')).toEqual({
    code: 0,
    stdout: `Wrote the marketing plan of Acme Robotics — FY27 growth plan to ${plan}.\n`,
    stderr: '',
  });
  const planDocument = await readWordDocument(plan);
  expect(planDocument.title).toBe('Acme Robotics — Marketing plan');
  expect(planDocument.headings.filter((heading) => heading.level === 1).map((h) => h.text)).toEqual(
    planChapterTitles,
  );
  // The charts, drawn headless by the same code as the app's, each with its words as alt text.
  const images = (await readWordImages(plan)).filter((image) => !image.name.endsWith(' logo'));
  expect(images.map((image) => image.name)).toEqual(planChartImageNames({ budgeted: true }));
  for (const image of images) {
    expect(image.contentType).toBe('image/png');
    expect(image.description).not.toBe('');
  }

  const summary = join(folder, 'summary.docx');
  const summaryRun = await cli('summary', engagementFile, summary, '--session', 'Kick-off session');
  expect(summaryRun.code).toBe(0);
  const summaryTexts = (await readWordDocument(summary)).paragraphs.map((p) => p.text);
  expect(summaryTexts).toContain('Focus on mid-size plants first.');
  expect(summaryTexts.slice(0, 3)).toEqual([
    'SESSION SUMMARY',
    'Acme Robotics',
    'FY27 growth plan',
  ]);

  const agenda = join(folder, 'agenda.docx');
  expect((await cli('agenda', engagementFile, agenda, '--session=kick-off session')).code).toBe(0);
  expect((await readWordDocument(agenda)).tables[0]?.slice(1)).toEqual([
    ['09:00', 'Welcome & purpose', '15', 'Dana'],
    ['09:15', 'Situation review', '45', 'Sam'],
  ]);
  expect(readdirSync(folder).sort()).toEqual([
    'Acme Robotics - FY27 growth plan.sessionstudio',
    'agenda.docx',
    'plan.docx',
    'summary.docx',
  ]);
});

test('builds the plan with editable Word charts when asked: --charts native', async () => {
  test.setTimeout(180_000);
  const plan = join(folder, 'plan.docx');
  // Every section of the working version, so that each chart's chapter is there.
  const everything = ['--version', 'working', '--sections', planSectionIds.join(',')];
  expect(
    await cli('plan', engagementFile, plan, ...everything, '--charts', 'native'),
  ).toMatchObject({
    code: 0,
    stderr: '',
  });
  // python-docx finds the line and bar charts as chart parts, each with its data and workbook.
  const charts = await readWordCharts(plan);
  expect(charts.map((chart) => [chart.name, chart.plots])).toEqual([
    ['Tone-of-voice drift', ['barChart']],
    ['Emotion curve', ['lineChart']],
    ['Work-backwards funnel', ['barChart']],
  ]);
  for (const chart of charts) {
    expect(chart.hasWorkbook).toBe(true);
    expect(chart.description).not.toBe('');
    expect(chart.categories.length).toBeGreaterThan(0);
  }
  expect(charts[2]?.series).toEqual(expect.arrayContaining(['Cautious', 'Expected', 'Ambitious']));
  // Without --charts, the choice the file remembers from the app: editable charts here.
  const remembered = join(folder, 'remembered.docx');
  expect(await cli('plan', engagementFile, remembered, ...everything)).toMatchObject({ code: 0 });
  expect((await readWordCharts(remembered)).map((chart) => chart.name)).toEqual(
    charts.map((chart) => chart.name),
  );
  // The timeline and the investment chart stay pictures.
  const images = (await readWordImages(plan)).filter((image) => !image.name.endsWith(' logo'));
  expect(images.map((image) => image.name)).toEqual([
    'Campaign timeline',
    'Budget and expected revenue',
  ]);
  // LibreOffice draws the native charts in its PDF: a picture of the emotion curve's page to look at.
  const pdf = await convertToPdf(plan);
  const pages = await pdfPages(pdf);
  const curvePage = pages.findIndex((text) => /Emotion across \d+ phases/.test(text)) + 1;
  expect(curvePage).toBeGreaterThan(1);
  const picture = test.info().outputPath('native-emotion-curve');
  const onPage = ['-r', '60', '-f', `${curvePage}`, '-l', `${curvePage}`, pdf];
  await promisify(execFile)('pdftoppm', ['-png', ...onPage, picture]);
  // The same page as raw RGB (PPM): the first persona's line is drawn in its colour (#1f5fa8).
  const { stdout: ppm } = await promisify(execFile)('pdftoppm', ['-singlefile', ...onPage], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P6\s+\d+\s+\d+\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))?.[0] ?? '';
  expect(header).not.toBe('');
  let coloured = 0; // pixels of the line's colour
  for (let at = header.length; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at] as number, ppm[at + 1] as number, ppm[at + 2] as number];
    if (Math.abs(r - 0x1f) + Math.abs(g - 0x5f) + Math.abs(b - 0xa8) < 60) coloured += 1;
  }
  expect(coloured).toBeGreaterThan(300);
  expect(
    await cli('plan', engagementFile, join(folder, 'x.docx'), '--charts', 'editable'),
  ).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--charts must be pictures or native'),
  });
});

test('puts the firm from the app’s settings on this laptop on the documents it makes', async () => {
  test.setTimeout(120_000);
  const settingsFolder = join(home, '.config', 'Session Studio');
  mkdirSync(settingsFolder, { recursive: true });
  writeFileSync(
    join(settingsFolder, 'settings.json'),
    JSON.stringify({
      firmName: 'Polaris Partners',
      consultantName: 'Priya Shah',
      dateStyle: 'iso',
    }),
  );
  // An engagement that names its consultant but not the firm.
  const content = fullEngagement();
  content.engagement.firmName = '';
  const noFirm = join(folder, 'no-firm.sessionstudio');
  writeFileSync(
    noFirm,
    JSON.stringify(
      collectEngagementFile(content, {
        exportedAt: new Date('2026-12-01T10:00:00Z'),
        app: { name: 'Session Studio', version: 'test' },
      }),
    ),
  );
  const agenda = join(folder, 'agenda.docx');
  expect((await cli('agenda', noFirm, agenda, '--session', 'Kick-off session')).code).toBe(0);
  const frame = await readWordFrame(agenda);
  // The engagement's own consultant stands; the settings fill in the firm it leaves out.
  expect(frame.properties).toMatchObject({ author: 'Dana Reyes', company: 'Polaris Partners' });
  expect((await readWordDocument(agenda)).coverDetails).toContainEqual([
    'Date',
    '2026-11-30 at 09:00',
  ]);
});

test('draws one chart from a JSON file as a print-quality PNG', async () => {
  const data = join(folder, 'emotion.json');
  writeFileSync(data, JSON.stringify(chartExamples['emotion-curve']));
  const target = join(folder, 'emotion.png');
  const run = await cli('chart', 'emotion-curve', data, target, '--scale', '2');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const image = decodePng(readFileSync(target));
  // The chart's width in SVG units, twice over.
  const svgRun = await cli('chart', 'emotion-curve', data, join(folder, 'emotion.svg'));
  const svgWidth = Number(
    /^<svg[^>]*\swidth="(\d+)"/.exec(readFileSync(join(folder, 'emotion.svg'), 'utf8'))?.[1],
  );
  expect(svgRun.code).toBe(0);
  expect(image.width).toBe(svgWidth * 2);
  // Not blank: a good share of the pixels are drawn on (lines, labels, the curve), not white.
  let inked = 0;
  for (let at = 0; at < image.data.length; at += 4)
    if ((image.data[at] as number) < 200 || (image.data[at + 2] as number) < 200) inked += 1;
  expect(inked / (image.width * image.height)).toBeGreaterThan(0.01);
});

test('says what is wrong, without a stack trace, and writes nothing', async () => {
  const missing = await cli('plan', join(folder, 'nowhere.sessionstudio'), join(folder, 'p.docx'));
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(
    `session-studio: There is no file at ${join(folder, 'nowhere.sessionstudio')}.\n`,
  );

  const damaged = join(folder, 'damaged.sessionstudio');
  writeFileSync(damaged, '{"format": "session-studio-engagement", "version": 1,');
  const refused = await cli('plan', damaged, join(folder, 'p.docx'));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('damaged.sessionstudio cannot be read as an engagement file:');

  const unclear = await cli('summary', engagementFile);
  expect(unclear.code).toBe(2);
  expect(unclear.stderr).toContain('summary needs an engagement file and an output file.');
  expect(unclear.stderr).toContain('Usage:');

  for (const run of [missing, refused, unclear]) expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(readdirSync(folder)).not.toContain('p.docx');
});

test('makes the client version of the plan’s sections asked for, and refuses a section it does not have in one line', async () => {
  test.setTimeout(120_000);
  const plan = join(folder, 'client.docx');
  const asked = await cli(
    'plan',
    engagementFile,
    plan,
    '--version',
    'client',
    '--sections',
    'campaigns,objectives',
  );
  expect(asked).toMatchObject({ code: 0, stderr: '' });
  const document = await readWordDocument(plan);
  expect(document.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
    'Objectives',
    'Campaigns',
  ]);
  expect(document.paragraphs.map((p) => p.text).join('\n')).not.toContain('SMART');

  const refused = await cli(
    'plan',
    engagementFile,
    join(folder, 'refused.docx'),
    '--sections',
    'objectives,appendix',
  );
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe('');
  expect(refused.stderr.trim().split('\n')).toEqual([
    `session-studio: --sections: The plan has no section “appendix”; its sections are ${planSectionIds.join(', ')}.`,
  ]);
  expect(readdirSync(folder)).not.toContain('refused.docx');
});
