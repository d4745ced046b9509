import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workingPhrasesIn } from '../main/documents/working-material';
import { expectAccessible } from './harness/accessibility-check';
import { createEngagement } from './harness/consultant-actions';
import { exportThrough, type ExportChoice } from './harness/export-choices';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { planChapterTitles } from './harness/marketing-plan-contents';
import { exploreSampleFromEmptyHome } from './harness/sample-actions';
import { convertToPdf, pdfPages, readWordDocument } from './harness/word-readers';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-versions-'));
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const deliverables = [
  { name: 'plan', worksheet: null, button: 'Export plan (.docx)' },
  { name: 'agenda', worksheet: 'Purpose & agenda', button: 'Export agenda (.docx)' },
  { name: 'summary', worksheet: 'Notes & decisions', button: 'Export summary (.docx)' },
] as const;

interface Exported {
  path: string;
  /** Every paragraph and table cell after the cover, as python-docx reads them. */
  text: string;
  chapters: string[];
  pdfPages: string[];
}

/** Exports one deliverable through its button and the choice, then reads it with both readers. */
async function exportDeliverable(
  page: Page,
  deliverable: (typeof deliverables)[number],
  choice: ExportChoice & { version: 'client' | 'working' },
): Promise<Exported> {
  if (deliverable.worksheet) await openWorksheet(page, deliverable.worksheet);
  const path = join(folder, `${deliverable.name}-${choice.version}.docx`);
  app.answerSaveDialog(path);
  await exportThrough(page, deliverable.button, choice);
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved.filter({ hasText: path })).toBeVisible({ timeout: 120_000 });
  await saved.getByRole('button', { name: 'Dismiss' }).click();
  const document = await readWordDocument(path);
  const body = document.blocks.filter((block) => !block.cover);
  const text = body
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.rows.flat()))
    .join('\n');
  return {
    path,
    text,
    chapters: document.headings.filter((h) => h.level === 1).map((h) => h.text),
    // LibreOffice opens and converts it.
    pdfPages: await pdfPages(await convertToPdf(path)),
  };
}

test('exports the client version of the sample plan with the sections ticked, and the working version beside it', async () => {
  test.setTimeout(600_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await exploreSampleFromEmptyHome(page);

  // The client version of the plan without the brand chapter.
  const client = await exportDeliverable(page, deliverables[0], {
    version: 'client',
    untick: ['Brand personality'],
  });
  expect(client.chapters).toEqual(planChapterTitles.filter((t) => t !== 'Brand personality'));
  expect(workingPhrasesIn(client.text)).toEqual([]);
  expect(client.pdfPages.length).toBeGreaterThan(3);

  // The choice is remembered for the engagement: the next export offers it again.
  await page.getByRole('button', { name: 'Export plan (.docx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the marketing plan' });
  await expect(dialog.getByRole('radio', { name: /^Client version/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Brand personality' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Campaigns' })).toBeChecked();
  await expectAccessible(page, 'the choice of version and sections before an export');
  await dialog.getByRole('checkbox', { name: 'Brand personality' }).check();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The working version keeps the consultant's material: the SMART check, what to check.
  const working = await exportDeliverable(page, deliverables[0], { version: 'working' });
  expect(working.chapters).toEqual(planChapterTitles.filter((t) => t !== 'Brand personality'));
  expect(working.text).toContain('SMART check');
  expect(working.text).toContain('What to check');
  expect(working.text.length).toBeGreaterThan(client.text.length);

  // The agenda pre-read and the session summary, in both versions.
  for (const deliverable of deliverables.slice(1)) {
    const clientVersion = await exportDeliverable(page, deliverable, { version: 'client' });
    expect(workingPhrasesIn(clientVersion.text), deliverable.name).toEqual([]);
    // Both name the people, with their e-mail addresses: who is invited, who took part.
    expect(clientVersion.text, deliverable.name).toMatch(/@halvorsen\.example/);
    if (deliverable.name === 'agenda') expect(clientVersion.chapters).toContain('Who is invited');
    expect(clientVersion.pdfPages.length, deliverable.name).toBeGreaterThan(0);
    const workingVersion = await exportDeliverable(page, deliverable, { version: 'working' });
    expect(workingVersion.pdfPages.length, deliverable.name).toBeGreaterThan(0);
  }
});

test('exports an engagement with nothing filled in: the client version shows no placeholder, the working version says what is empty', async () => {
  test.setTimeout(600_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });

  for (const deliverable of deliverables) {
    const client = await exportDeliverable(page, deliverable, { version: 'client' });
    expect(workingPhrasesIn(client.text), deliverable.name).toEqual([]);
    expect(client.chapters, deliverable.name).toEqual([]);
    expect(client.pdfPages.length, deliverable.name).toBeGreaterThan(0);
    const working = await exportDeliverable(page, deliverable, { version: 'working' });
    expect(workingPhrasesIn(working.text), deliverable.name).not.toEqual([]);
    expect(working.pdfPages.length, deliverable.name).toBeGreaterThan(0);
  }
});
