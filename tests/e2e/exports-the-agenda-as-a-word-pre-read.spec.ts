import { expect, test } from '@playwright/test';
import { takeExportChoices } from './harness/export-choices';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addAgendaItems,
  kickOffAgenda,
  kickOffGoals,
  readAgenda,
  writePurposeAndGoals,
} from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { convertToPdf, pdfPages, readWordDocument } from './harness/word-readers';

let app: AppHarness;
let folder: string;
test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-exports-'));
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, {
    clientName: 'Acme Robotics',
    title: 'FY27 growth plan',
    consultantName: 'Dana Reyes',
    firmName: 'Northwind Strategy',
    location: 'Acme HQ',
    startTime: '09:00',
    lengthMinutes: 120,
  });
  await page.getByLabel('Date', { exact: true }).fill('2026-11-30');
  await writePurposeAndGoals(page, kickOffGoals);
  await addAgendaItems(page, [...kickOffAgenda, { title: 'Wrap-up', minutes: 10, owner: '' }]);
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const exportButton = () => app.page.getByRole('button', { name: 'Export agenda (.docx)' });
const exportAgenda = async () => {
  await exportButton().click();
  await takeExportChoices(app.page);
};

test('exports the agenda through the save dialog as a Word file that real readers open', async () => {
  const { page } = app;
  const target = join(folder, 'Acme agenda.docx');
  app.answerSaveDialog(target);
  await exportAgenda();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(target);
  expect(app.saveDialogs.map((dialog) => dialog.defaultFileName)).toEqual([
    'Acme Robotics - Kick-off session - Agenda - 2026-11-30.docx',
  ]);
  expect(readdirSync(folder)).toEqual(['Acme agenda.docx']);

  // python-docx reads back the cover, the headings and every agenda row as a real table.
  const document = await readWordDocument(target);
  expect(document.paragraphs.slice(0, 3).map((paragraph) => paragraph.text)).toEqual([
    'SESSION AGENDA',
    'Acme Robotics',
    'FY27 growth plan',
  ]);
  expect(document.coverDetails).toEqual([
    ['Session', 'Kick-off session'],
    ['Date', '30 November 2026 at 09:00'],
    ['Place', 'Acme HQ'],
    ['Length', '2 h'],
    ['Prepared by', 'Dana Reyes, Northwind Strategy'],
  ]);
  expect(document.headings).toEqual([
    { level: 1, text: 'Purpose of the session' },
    { level: 1, text: 'Goals' },
    { level: 2, text: 'Ultimate goal' },
    { level: 2, text: 'Immediate, realistic goals for this session' },
    { level: 1, text: 'Agenda' },
    { level: 1, text: 'Who is invited' },
  ]);
  const texts = document.paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toContain(kickOffGoals.purpose);
  expect(texts).toContain(kickOffGoals.ultimateGoal);
  expect(texts).toContain('Name an owner for each');
  expect(document.tables).toEqual([
    [['Start', 'Item', 'Minutes', 'Owner'], ...(await readAgenda(page))],
  ]);
  expect(document.tables[0]?.slice(1)).toEqual([
    ['09:00', 'Welcome & purpose', '15', 'Dana'],
    ['09:15', 'Situation review', '45', 'Sam (Sales)'],
    ['10:00', 'Objectives & owners', '30', 'Lee'],
    ['10:30', 'Wrap-up', '10', ''],
  ]);
  expect(texts).toContain('Planned 1 h 40 min of 2 h, ending at 10:40.');
  expect(document.title).toBe('Acme Robotics — Session agenda');

  // LibreOffice opens and converts it without error; the PDF carries the agenda.
  const pages = await pdfPages(await convertToPdf(target));
  // A cover, then the agenda on one page.
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('Acme Robotics');
  expect(pages[1]).toMatch(/10:00\s+Objectives & owners\s+30\s+Lee/);
});

test('the last edit is in the document even when Export is pressed right after typing', async () => {
  const { page } = app;
  const target = join(folder, 'agenda.docx');
  await page.getByLabel('Owner of item 4', { exact: true }).fill('Dana');
  app.answerSaveDialog(target);
  await exportAgenda();
  await expect(page.getByText('Saved to')).toBeVisible();
  const document = await readWordDocument(target);
  expect(document.tables[0]?.at(-1)).toEqual(['10:30', 'Wrap-up', '10', 'Dana']);
});

test('the menu’s Export… right after typing exports what was typed', async () => {
  const { page } = app;
  const target = join(folder, 'agenda.docx');
  await page.getByLabel('Owner of item 4', { exact: true }).fill('Dana');
  app.answerSaveDialog(target);
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('session-studio-menu', { detail: 'export-document' })),
  );
  await takeExportChoices(page);
  await expect(page.getByText('Saved to')).toBeVisible();
  const document = await readWordDocument(target);
  expect(document.tables[0]?.at(-1)).toEqual(['10:30', 'Wrap-up', '10', 'Dana']);
});

test('an export into a folder it cannot write says why and leaves no file', async () => {
  const { page } = app;
  const missing = join(folder, 'no such folder', 'agenda.docx');
  app.answerSaveDialog(missing);
  await exportAgenda();
  await expect(page.getByRole('alert')).toContainText(
    `Export failed: The folder for ${missing} does not exist. Choose another folder.`,
  );
  expect(readdirSync(folder)).toEqual([]);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  const aFolder = join(folder, 'agenda.docx');
  mkdirSync(aFolder);
  app.answerSaveDialog(aFolder);
  await exportAgenda();
  await expect(page.getByRole('alert')).toContainText(
    `Export failed: ${aFolder} is a folder. Choose a file name.`,
  );
  expect(readdirSync(folder)).toEqual(['agenda.docx']);
  expect(readdirSync(aFolder)).toEqual([]);

  // Nothing the consultant typed was touched, and a good folder then works.
  await expectAllSaved(page);
  expect(await readAgenda(page)).toHaveLength(4);
  const good = join(folder, 'Acme agenda.docx');
  app.answerSaveDialog(good);
  await exportAgenda();
  await expect(page.getByText('Saved to')).toBeVisible();
  expect(existsSync(good)).toBe(true);
});

test('an agenda whose stored data does not parse is refused by main with a clear message', async () => {
  const { page } = app;
  // Damage one stored row behind the app's back, as a faulty older version might have.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('session-studio');
        request.onsuccess = () => {
          const store = request.result
            .transaction('agendaItems', 'readwrite')
            .objectStore('agendaItems');
          const all = store.getAll();
          all.onsuccess = () => {
            const [first] = all.result as { minutes: number }[];
            if (first) store.put({ ...first, minutes: 100_000 });
            store.transaction.oncomplete = () => resolve();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
  app.answerSaveDialog(join(folder, 'agenda.docx'));
  await exportAgenda();
  await expect(page.getByRole('alert')).toContainText(
    'Export failed: Session Studio refused the request: An agenda item can be at most 480 minutes.',
  );
  expect(app.saveDialogs).toEqual([]);
  expect(readdirSync(folder)).toEqual([]);
});

test('cancelling the save dialog, from the button or the menu, changes nothing', async () => {
  const { page } = app;
  app.answerSaveDialog(null);
  await exportAgenda();
  await expect(exportButton()).toBeEnabled();
  // The application menu's Export… reaches the open worksheet.
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('session-studio-menu', { detail: 'export-document' })),
  );
  await takeExportChoices(page);
  await expect.poll(() => app.saveDialogs.length).toBe(2);
  await expect(exportButton()).toBeEnabled();
  await expect(page.getByText('Saved to')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(readdirSync(folder)).toEqual([]);
  expect(await readAgenda(page)).toHaveLength(4);
});
