import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { exportThrough } from '../../tests/e2e/harness/export-choices';
import type { AppHarness } from '../../tests/e2e/harness/launch-app';
import { exploreSampleFromEmptyHome } from '../../tests/e2e/harness/sample-actions';
import { convertToPdf, pdfPages } from '../../tests/e2e/harness/word-readers';
import { openWorksheet } from '../../tests/e2e/harness/worksheet-navigation';

const run = promisify(execFile);
/** Where the README's screenshots live. */
export const screenshotsFolder = join(import.meta.dirname, '../../docs/screenshots');
/** The plan's page to show: the first with a line of just this text (a heading), else page 1. */
const planPageText = process.env.PLAN_PAGE_TEXT ?? 'Work-backwards plan';

type Shot = (app: AppHarness) => Promise<void>;

async function settle(page: Page): Promise<void> {
  // Charts draw without animation; give fonts and layout a moment, and hide the text cursor.
  await page.evaluate('document.fonts.ready');
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  await page.waitForTimeout(300);
}

async function save(page: Page, name: string, target?: Locator): Promise<void> {
  await settle(page);
  const path = join(screenshotsFolder, name);
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path });
  console.log(`Took docs/screenshots/${name}`);
}

/**
 * Each screenshot by file name, taken in this order in one session on the sample engagement
 * (each step starts where the one before left the app).
 */
export const shots: [string, Shot][] = [
  ['home.png', async ({ page }) => save(page, 'home.png')],
  [
    'purpose-and-agenda.png',
    async ({ page }) => {
      await exploreSampleFromEmptyHome(page);
      const session = page.getByLabel('Session', { exact: true });
      await session.selectOption({ index: 0 });
      await openWorksheet(page, 'Purpose & agenda');
      await page.getByLabel('Purpose of this session').waitFor();
      await save(page, 'purpose-and-agenda.png');
    },
  ],
  [
    'journey-map.png',
    async ({ page }) => {
      await openWorksheet(page, 'Customer journey map');
      await save(page, 'journey-map.png');
    },
  ],
  [
    'campaigns-and-plan.png',
    async ({ page }) => {
      await openWorksheet(page, 'Campaigns & plan');
      await page.getByRole('heading', { name: 'What each phase needs' }).scrollIntoViewIfNeeded();
      await page
        .getByRole('heading', { name: 'What each phase needs' })
        .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await save(page, 'campaigns-and-plan.png');
    },
  ],
  [
    'facilitator-mode.png',
    async ({ page }) => {
      await openWorksheet(page, 'Purpose & agenda');
      await page.getByRole('link', { name: 'Run session' }).click();
      const stage = page.getByTestId('facilitator');
      await stage.waitFor();
      // The kick-off was run to the end; step back to “From wishes to objectives”, item 5 of 7.
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
      await stage.getByText('Item 5 of 7').waitFor();
      await save(page, 'facilitator-mode.png');
      await page.keyboard.press('Escape');
    },
  ],
  [
    'marketing-plan-page.png',
    async (app) => {
      const work = mkdtempSync(join(tmpdir(), 'session-studio-screenshots-'));
      const docx = join(work, 'plan.docx');
      app.answerSaveDialog(docx);
      // The version the client receives.
      await exportThrough(app.page, 'Export plan (.docx)', { version: 'client' });
      // A long plan on a busy machine can take a while to draw and build.
      await app.page
        .getByRole('status')
        .filter({ hasText: 'Saved to' })
        .waitFor({ timeout: 180_000 });
      const pdf = await convertToPdf(docx);
      const pages = await pdfPages(pdf);
      const found = pages.findIndex((text) =>
        text.split('\n').some((line) => line.trim() === planPageText),
      );
      const number = found >= 0 ? found + 1 : 1;
      if (found < 0) console.warn(`No page of the plan holds “${planPageText}”; showing page 1.`);
      await run('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        String(number),
        '-l',
        String(number),
        pdf,
        join(work, 'page'),
      ]);
      const png = readdirSync(work).find((name) => /^page-\d+\.png$/.test(name));
      if (!png) throw new Error('pdftoppm drew no page.');
      renameSync(join(work, png), join(screenshotsFolder, 'marketing-plan-page.png'));
      rmSync(work, { recursive: true, force: true });
      console.log(
        `Took docs/screenshots/marketing-plan-page.png (page ${number} of ${pages.length})`,
      );
    },
  ],
];
