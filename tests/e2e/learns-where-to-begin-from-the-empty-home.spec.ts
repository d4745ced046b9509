import { expect, test } from '@playwright/test';
import { createEngagement, goHome } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('learns from the empty home what an engagement is, where to begin and where the Word documents come from, without a tour in the way', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const guide = page.getByRole('region', { name: 'No engagements yet' });
  const steps = guide.getByRole('list', { name: 'How Session Studio works' });
  await expect(steps.getByRole('heading', { level: 3 })).toHaveText([
    'An engagement is one client project',
    'Begin with Purpose & agenda',
    'The Word documents come from the worksheets',
  ]);
  await expect(steps).toContainText('Export agenda');
  await expect(steps).toContainText('Export summary');
  await expect(steps).toContainText('Export plan');

  // Nothing modal: the home's own controls work at once.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.getByLabel('Find engagements by client or title').fill('acme');
  await page.getByLabel('Find engagements by client or title').fill('');

  // It says where to begin, and that is where a new engagement opens.
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await expect(page.getByRole('heading', { level: 2, name: 'Purpose & agenda' })).toBeVisible();
  await goHome(page);
  await expect(guide).toHaveCount(0);
});
