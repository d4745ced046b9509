import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { engagementFilePath, exportEngagementFile } from './harness/engagement-file-actions';
import { exportThrough } from './harness/export-choices';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { readWordDocument, type WordDocumentContent } from './harness/word-readers';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const blur = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** States an objective in the kick-off and refines it: words, metric, target, unit, deadline. */
async function stateObjective(
  page: Page,
  number: number,
  fields: { statement: string; metric: string; target: string; unit: string; deadline: string },
) {
  await page.getByRole('button', { name: 'Add objective' }).click();
  const card = page.getByRole('article', { name: `Objective ${number}` });
  await card.getByLabel('As first stated', { exact: true }).fill(fields.statement);
  await card.getByLabel('Metric', { exact: true }).fill(fields.metric);
  await card.getByLabel('Target', { exact: true }).fill(fields.target);
  await card.getByLabel('Unit', { exact: true }).fill(fields.unit);
  await card.getByLabel('Deadline', { exact: true }).fill(fields.deadline);
  await blur(page);
  await expectAllSaved(page);
}

/** The summary's "Objectives revised" section: its bold titles and its bullets, in order. */
function objectivesSection(document: WordDocumentContent): string[] {
  const texts = document.blocks
    .filter((block) => block.kind === 'paragraph' && !block.cover)
    .map((block) => (block.kind === 'paragraph' ? block.text : ''));
  const start = texts.indexOf('Objectives revised');
  const end = texts.indexOf('Action items', start);
  return texts.slice(start + 1, end === -1 ? undefined : end).filter((text) => text !== '');
}

test('removes an objective in a later session, says why, and the summary of that session reports it in both versions', async () => {
  test.setTimeout(180_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    consultantName: 'Dana Reyes',
    firmName: 'Northwind Strategy',
  });

  // The kick-off states two objectives.
  await openWorksheet(page, 'Objectives');
  await stateObjective(page, 1, {
    statement: 'grow new business in Norway',
    metric: 'New-customer revenue',
    target: '1200000',
    unit: 'EUR',
    deadline: '2027-12-31',
  });
  await stateObjective(page, 2, {
    statement: 'open Sweden',
    metric: 'Swedish distributors signed',
    target: '5',
    unit: 'distributors',
    deadline: '2027-09-30',
  });

  // A later session drops the Swedish objective and says why.
  await openWorksheet(page, 'Purpose & agenda');
  await page.getByRole('button', { name: 'Add session' }).click();
  const switcher = page.getByLabel('Session', { exact: true });
  await expect(switcher.locator('option:checked')).toHaveText(/^Session 2 · /);
  await openWorksheet(page, 'Objectives');
  await page
    .getByRole('article', { name: 'Objective 2' })
    .getByRole('button', { name: 'Remove “open Sweden”' })
    .click();
  await expect(page.getByRole('article', { name: 'Objective 2' })).toHaveCount(0);
  const removed = page.getByRole('region', { name: 'Removed in this session' });
  await expect(removed).toContainText('open Sweden');
  await removed
    .getByLabel('Why removed objective 1 was dropped')
    .fill('Norway first; Sweden waits for the 2028 plan');
  await blur(page);
  await expectAllSaved(page);

  // Removing the other one and undoing it leaves no trace in the summary.
  await page
    .getByRole('article', { name: 'Objective 1' })
    .getByRole('button', { name: 'Remove “grow new business in Norway”' })
    .click();
  await expect(removed).toContainText('grow new business in Norway');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: 'Objective 1' })).toBeVisible();
  await expect(removed).not.toContainText('grow new business in Norway');
  await expectAllSaved(page);

  const folder = mkdtempSync(join(tmpdir(), 'session-studio-removal-'));
  const expected = [
    'Removed: open Sweden',
    'Metric: Swedish distributors signed',
    'Target: 5 distributors',
    'Deadline: 30 September 2027',
    'Why: Norway first; Sweden waits for the 2028 plan.',
  ];
  await openWorksheet(page, 'Notes & decisions');
  for (const version of ['client', 'working'] as const) {
    const target = join(folder, `summary-${version}.docx`);
    app.answerSaveDialog(target);
    await exportThrough(page, 'Export summary (.docx)', { version });
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(target);
    const document = await readWordDocument(target);
    expect(document.headings.map((heading) => heading.text)).toContain('Objectives revised');
    expect(objectivesSection(document), version).toEqual(expected);
  }

  // The kick-off's summary states both objectives as new and removes nothing.
  await switcher.selectOption({ index: 0 });
  await expect(switcher.locator('option:checked')).toHaveText(/^Kick-off session · /);
  const kickOff = join(folder, 'kick-off.docx');
  app.answerSaveDialog(kickOff);
  await exportThrough(page, 'Export summary (.docx)', { version: 'client' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(kickOff);
  const kickOffSection = objectivesSection(await readWordDocument(kickOff));
  expect(kickOffSection).toContain('New objective: grow new business in Norway');
  expect(kickOffSection.filter((text) => text.startsWith('Removed:'))).toEqual([]);

  // The removal travels in the engagement file with its session and reason.
  const filePath = engagementFilePath();
  await exportEngagementFile(app, filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8')) as {
    tables: {
      sessions: { id: string; title: string }[];
      objectiveRemovals: { sessionId: string; reason: string; objective: { statement: string } }[];
    };
  };
  const sessionTwo = file.tables.sessions.find((session) => session.title === 'Session 2');
  expect(
    file.tables.objectiveRemovals.map((row) => [
      row.sessionId,
      row.objective.statement,
      row.reason,
    ]),
  ).toEqual([[sessionTwo?.id, 'open Sweden', 'Norway first; Sweden waits for the 2028 plan']]);
});
