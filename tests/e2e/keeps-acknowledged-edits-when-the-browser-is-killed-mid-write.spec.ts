import { expect, test } from '@playwright/test';
import { corruptLocalDatabase, killBrowser } from './harness/browser-crash';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const purpose = 'Agree the three launch objectives and who owns each.';
const ultimateGoal = 'Grow retail revenue 20% by next year.';

test('keeps acknowledged edits when the browser is killed mid-write', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Kestrel Analytics', title: 'Market entry' });
  await page.getByLabel('Purpose of this session').fill(purpose);
  await page.getByLabel('Ultimate goal').fill(ultimateGoal);
  await page.getByLabel('Ultimate goal').blur();
  await expectAllSaved(page);

  // Typing on, the browser dies mid-write: no chance to flush anything.
  await page.getByLabel('Immediate, realistic goals').pressSequentially('Name an owner', {
    delay: 5,
  });
  await page.getByLabel('Immediate, realistic goals').blur();
  await killBrowser(app.context, profile);
  // The torn store is then lost, as Chromium does when its log fails the checksum on a relaunch.
  expect(corruptLocalDatabase(profile)).toBeGreaterThan(0);

  app = await launchApp(profile);
  page = app.page;
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Session Studio restored 1 engagement from its safety copy' }),
  ).toBeVisible();
  await reopenEngagement(page, 'Kestrel Analytics', 'Market entry');
  // Everything the indicator had called saved is there.
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(purpose);
  await expect(page.getByLabel('Ultimate goal')).toHaveValue(ultimateGoal);

  // And it keeps working: a new edit is saved to both copies and survives the next launch.
  await page.getByLabel('Immediate, realistic goals').fill('Book the next session');
  await page.getByLabel('Immediate, realistic goals').blur();
  await expectAllSaved(page);
  await app.close();
  app = await launchApp(profile);
  await reopenEngagement(app.page, 'Kestrel Analytics', 'Market entry');
  await expect(app.page.getByLabel('Immediate, realistic goals')).toHaveValue(
    'Book the next session',
  );
});
