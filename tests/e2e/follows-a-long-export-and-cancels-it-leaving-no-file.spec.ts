import { expect, test } from '@playwright/test';
import { exportThrough } from './harness/export-choices';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './harness/accessibility-check';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { planChapterTitles } from './harness/marketing-plan-contents';
import { exploreSampleFromEmptyHome, sample } from './harness/sample-actions';
import { readWordDocument } from './harness/word-readers';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('follows the plan’s export step by step, cancels it, finds no file, then exports it whole', async () => {
  // The cancelled export stopped the document worker: the next one starts it cold.
  test.setTimeout(180_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-cancel-'));
  const target = join(folder, 'Halvorsen plan.docx');

  // A slow laptop: the plan's export takes long enough to watch and to cancel.
  app.holdExports();
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export plan (.docx)');
  const progress = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar', { name: 'Export progress' }) });
  await expect(progress).toContainText(
    /Step [123] of 4: (Drawing the charts|Laying out the pages|Packing the Word file)…/,
  );
  await expect(page.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
  await expectAccessible(page, 'an export under way');

  await progress.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled' })).toHaveText(
    'Export cancelled. Nothing was saved.×',
  );
  await expect(progress).toHaveCount(0);
  // No document, and no temporary file either.
  expect(readdirSync(folder)).toEqual([]);

  // Exported again at full speed, the whole plan is saved where asked.
  app.releaseExports();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export plan (.docx)');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(target, {
    timeout: 90_000,
  });
  expect(readdirSync(folder)).toEqual(['Halvorsen plan.docx']);
  const document = await readWordDocument(target);
  expect(document.title).toBe(`${sample.clientName} — Marketing plan`);
  expect(document.headings.filter((heading) => heading.level === 1).map((h) => h.text)).toEqual(
    expect.arrayContaining(planChapterTitles),
  );
});

test('cancels the agenda’s export from the keyboard while it is under way', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-cancel-'));
  app.holdExports();
  app.answerSaveDialog(join(folder, 'agenda.docx'));
  await exportThrough(page, 'Export agenda (.docx)');
  const cancel = page.getByRole('button', { name: 'Cancel export' });
  await expect(page.getByRole('status').filter({ has: cancel })).toContainText(/Step [12] of 3/);
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  expect(readdirSync(folder)).toEqual([]);
});
