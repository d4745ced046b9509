import { expect, test } from '@playwright/test';
import { copyFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { goHome } from './harness/consultant-actions';
import { engagementFilePath } from './harness/engagement-file-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

// A .sessionstudio file double-clicked on the desktop reaches main (macOS open-file, the command
// line on Windows and Linux, a second launch): the harness hands main those command lines, and
// the renderer imports each file through the same checks and dialogs as Import engagement file….

const sample = join(import.meta.dirname, '../../samples/halvorsen-cold-chain.sessionstudio');
const client = 'Halvorsen Cold Chain';
const title = 'FY27 growth plan: mid-size food distributors';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('opens a double-clicked engagement file, then several opened at once, one after the other', async () => {
  const received = engagementFilePath('Halvorsen.sessionstudio');
  copyFileSync(sample, received);
  const folder = dirname(received);

  // Launched by a double-click: the file is on the command line, among Electron's own arguments.
  app = await launchApp(newProfileDir(), {
    argv: ['--no-sandbox', join(folder, 'notes.docx'), received],
  });
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: client })).toBeVisible();
  await goHome(page);
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(1);

  // Four at once, from a file manager, relative to its folder: the same file again, a damaged
  // one, one that is not an engagement file at all, and one of 2 GB.
  writeFileSync(join(folder, 'Damaged.sessionstudio'), '{"format": "session-studio-engagement"');
  writeFileSync(join(folder, 'Shopping list.sessionstudio'), 'milk\neggs\n');
  writeFileSync(join(folder, 'Huge.sessionstudio'), '');
  truncateSync(join(folder, 'Huge.sessionstudio'), 2 * 1024 ** 3);
  try {
    await app.openFromDesktop([
      received,
      join(folder, 'Damaged.sessionstudio'),
      `file://${join(folder, 'Shopping%20list.sessionstudio')}`,
      join(folder, 'Huge.sessionstudio'),
    ]);

    // First the same engagement again: asked, as an import asks; the others wait their turn.
    const question = page.getByRole('alertdialog', {
      name: `“${client} — ${title}” is already on this laptop`,
    });
    await expect(question).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(1);
    await question.getByRole('button', { name: 'Import as a copy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: client })).toBeVisible();

    // Then each refusal in turn, with the import dialog's words; nothing is written.
    const refusal = page.getByRole('alertdialog', { name: /was not imported$/ });
    for (const [fileName, why] of [
      ['Damaged.sessionstudio', /cut off/],
      ['Shopping list.sessionstudio', /the file is not valid JSON/],
      ['Huge.sessionstudio', /is 2,048 MB; an engagement file can be at most/],
    ] as const) {
      await expect(refusal).toHaveAccessibleName(`“${fileName}” was not imported`);
      await expect(refusal.getByRole('list', { name: 'Why it was refused' })).toContainText(why);
      await expect(refusal).toContainText('Nothing on this laptop was changed.');
      await refusal.getByRole('button', { name: 'OK' }).click();
    }
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await goHome(page);
    await expect(rows).toHaveCount(2);
    await expect(
      page.getByRole('listitem', { name: new RegExp(`^${client} — .*\\(imported `) }),
    ).toBeVisible();
  } finally {
    rmSync(join(folder, 'Huge.sessionstudio'), { force: true });
  }
});
