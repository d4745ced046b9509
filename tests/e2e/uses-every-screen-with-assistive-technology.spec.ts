import { exportThrough } from './harness/export-choices';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worksheetCatalog } from '../../renderer/src/features/workspace/worksheet-catalog';
import { expectAccessible } from './harness/accessibility-check';
import { listedBackups, openBackups } from './harness/backup-actions';
import { engagementFilePath, importEngagementFile } from './harness/engagement-file-actions';
import { importFullEngagement } from './harness/full-engagement';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { exploreSampleFromEmptyHome } from './harness/sample-actions';
import { openWorksheet } from './harness/worksheet-navigation';

// axe reads every node of a screen; on a busy machine a screen takes seconds.
test.setTimeout(300_000);

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

async function launchIn(theme: 'light' | 'dark', profile = newProfileDir()): Promise<Page> {
  app = await launchApp(profile);
  const { page } = app;
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  return page;
}

// Two worksheets a test, so the tests share the work between the workers.
const worksheetGroups = Array.from({ length: Math.ceil(worksheetCatalog.length / 2) }, (_, index) =>
  worksheetCatalog.slice(index * 2, index * 2 + 2),
);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme, no serious or critical accessibility problem`, () => {
    test('on the home and its dialogs', async () => {
      const page = await launchIn(theme);
      await expectAccessible(page, 'the empty home');

      await page.getByRole('button', { name: 'New engagement' }).first().click();
      await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
      await expectAccessible(page, 'the New engagement dialog');
      await page.keyboard.press('Escape');

      const broken = engagementFilePath('Broken.sessionstudio');
      writeFileSync(broken, '{ "format": "something else" }');
      await importEngagementFile(app, broken);
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectAccessible(page, 'the refused import dialog');
      await page.getByRole('button', { name: 'OK' }).click();

      await importFullEngagement(app);
      await page.getByRole('button', { name: '← Engagements' }).click();
      await expectAccessible(page, 'the home with an engagement');
      // The same file again: the question whether to open the one here or import a copy.
      await page.getByRole('button', { name: 'Import engagement file…' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectAccessible(page, 'the question when the engagement is already here');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page
        .getByRole('button', { name: /^Delete / })
        .first()
        .click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectAccessible(page, 'the delete question');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.keyboard.press('F1');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectAccessible(page, 'the shortcuts sheet');
    });

    for (const [index, worksheets] of worksheetGroups.entries()) {
      test(`on every worksheet of the sample engagement (${index + 1} of ${worksheetGroups.length})`, async () => {
        const page = await launchIn(theme);
        await exploreSampleFromEmptyHome(page);
        for (const entry of worksheets) {
          await openWorksheet(page, entry.label);
          await expectAccessible(page, `the ${entry.label} worksheet`);
        }
        if (worksheets.some((entry) => entry.id === 'journey-map')) {
          await openWorksheet(page, 'Customer journey map');
          await page.getByRole('tab', { name: 'List', exact: true }).click();
          await expectAccessible(page, 'the journey map as a list');
        }
      });
    }

    test('on the Backups screen and its restore dialog', async () => {
      // A second launch backs up the sample engagement, so the screen lists a backup.
      const profile = newProfileDir();
      app = await launchApp(profile);
      await exploreSampleFromEmptyHome(app.page);
      await app.close();
      const page = await launchIn(theme, profile);
      await openBackups(page);
      await expect.poll(() => listedBackups(page)).toContainEqual(['At launch', '1']);
      await expectAccessible(page, 'the Backups screen');
      await page
        .getByRole('button', { name: /^Restore from the backup of/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: /^Restore from / });
      await expect(dialog).toBeVisible();
      await expectAccessible(page, 'the restore dialog');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });

    test('after an export and a removal, and in facilitator mode', async () => {
      const page = await launchIn(theme);
      await importFullEngagement(app);
      await openWorksheet(page, 'Purpose & agenda');
      // The session with an agenda left to run after one item is removed.
      await page
        .getByRole('combobox', { name: 'Session' })
        .selectOption({ label: 'Kick-off session · 2026-11-30' });
      await expect(page.getByLabel('Purpose of this session')).toHaveValue(
        'Agree on three objectives for Q1.',
      );
      const folder = mkdtempSync(join(tmpdir(), 'session-studio-exports-'));
      app.answerSaveDialog(join(folder, 'agenda.docx'));
      await exportThrough(page, 'Export agenda (.docx)');
      // Building the document takes a while on a busy machine.
      await expect(page.getByRole('button', { name: 'Open agenda.docx' })).toBeVisible({
        timeout: 60_000,
      });
      await page
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectAccessible(page, 'the notices after an export and a removal');

      await page.keyboard.press('F5');
      await expect(page.getByTestId('current-item')).toBeVisible();
      await expectAccessible(page, 'facilitator mode');
      await page.keyboard.press('Space');
      await expect(page.getByTestId('clock-status')).toHaveText('Running');
      await expectAccessible(page, 'facilitator mode with the clock running');
    });
  });
}
