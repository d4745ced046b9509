import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
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

test('is told why a damaged engagement file was refused, and the engagements stay as they were', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  const file = engagementFilePath();
  await exportEngagementFile(app, file);
  const text = readFileSync(file, 'utf8');
  await goHome(page);
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(1);

  const refusal = page.getByRole('alertdialog', { name: /was not imported$/ });
  async function expectRefused(fileName: string, why: string | RegExp) {
    await expect(refusal).toHaveAccessibleName(`“${fileName}” was not imported`);
    await expect(refusal.getByRole('list', { name: 'Why it was refused' })).toContainText(why);
    await expect(refusal).toContainText('Nothing on this laptop was changed.');
    await refusal.getByRole('button', { name: 'OK' }).click();
    await expect(refusal).toBeHidden();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAccessibleName('Acme Robotics — FY27 growth plan');
  }

  // Cut off half-way, as an interrupted copy leaves it.
  const truncated = engagementFilePath('Truncated.sessionstudio');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  await importEngagementFile(app, truncated);
  await expectRefused('Truncated.sessionstudio', /it looks cut off/);

  // Edited by hand: a client name of 10,000 characters.
  const edited = engagementFilePath('Edited.sessionstudio');
  const parsed = JSON.parse(text) as { engagement: { clientName: string }; tables: object };
  parsed.engagement.clientName = 'x'.repeat(10_000);
  writeFileSync(edited, JSON.stringify(parsed));
  await importEngagementFile(app, edited);
  await expectRefused(
    'Edited.sessionstudio',
    'engagement, clientName: Client name can be at most 200 characters.',
  );

  // From a newer Session Studio.
  const newer = engagementFilePath('Newer.sessionstudio');
  writeFileSync(newer, text.replace(/"version": \d+/, '"version": 70'));
  await importEngagementFile(app, newer);
  await expectRefused(
    'Newer.sessionstudio',
    /written by a newer Session Studio \(file version 70\)/,
  );
});
