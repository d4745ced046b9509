import { expect, test } from '@playwright/test';
import { exportThrough } from './harness/export-choices';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { addAgendaItems, readAgenda } from './harness/agenda-actions';
import { backUpEverythingTo, openBackups } from './harness/backup-actions';
import { createEngagement, goHome } from './harness/consultant-actions';
import {
  engagementFilePath,
  exportEngagementFile,
  importEngagementFile,
} from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('opens the exported agenda in Word or shows it in its folder, and says so when it was deleted', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await addAgendaItems(page, [{ title: 'Welcome & purpose', minutes: 15, owner: 'Dana' }]);
  const agendaBefore = await readAgenda(page);

  const folder = mkdtempSync(join(tmpdir(), 'session-studio-exports-'));
  const target = join(folder, 'Acme agenda.docx');
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export agenda (.docx)');
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toContainText(target);

  await saved.getByRole('button', { name: 'Open Acme agenda.docx' }).click();
  await expect.poll(() => app.openedPaths).toEqual([target]);
  await saved.getByRole('button', { name: 'Show Acme agenda.docx in its folder' }).click();
  await expect.poll(() => app.shownPaths).toEqual([target]);

  // The file is deleted before "Open": a clear sentence, nothing opened, nothing changed.
  rmSync(target);
  await saved.getByRole('button', { name: 'Open Acme agenda.docx' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `“Acme agenda.docx” is no longer in ${folder}: it was moved, renamed or deleted after it was saved. Export it again to open it.×`,
  );
  expect(app.openedPaths).toEqual([target]);
  expect(existsSync(target)).toBe(false);
  expect(await readAgenda(page)).toEqual(agendaBefore);

  // Exported again, it opens again.
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  app.answerSaveDialog(target);
  await exportThrough(page, 'Export agenda (.docx)');
  await saved.getByRole('button', { name: 'Open Acme agenda.docx' }).click();
  await expect.poll(() => app.openedPaths).toEqual([target, target]);
});

test('puts exported and imported engagement files in the system’s recent documents', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  const file = engagementFilePath();
  await exportEngagementFile(app, file);
  expect(app.recentDocuments).toEqual([file]);
  await page
    .getByRole('status')
    .filter({ hasText: 'Saved to' })
    .getByRole('button', { name: 'Show Acme Robotics.sessionstudio in its folder' })
    .click();
  await expect.poll(() => app.shownPaths).toEqual([file]);

  await page.getByRole('button', { name: '← Engagements' }).click();
  await importEngagementFile(app, file);
  // Already here: the question comes, and the file is in the recent documents by then.
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(app.recentDocuments).toEqual([file, file]);
  await page.getByRole('button', { name: 'Cancel' }).click();
});

test('shows a full backup file in its folder, to take it to a USB stick', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await goHome(page);
  await openBackups(page);
  const target = join(
    mkdtempSync(join(tmpdir(), 'session-studio-backup-')),
    'everything.sessionstudio-backup',
  );
  await backUpEverythingTo(app, target);
  await page
    .getByRole('status')
    .filter({ hasText: 'Every engagement was backed up to' })
    .getByRole('button', { name: `Show ${basename(target)} in its folder` })
    .click();
  await expect.poll(() => app.shownPaths).toEqual([target]);
});
