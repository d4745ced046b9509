import { expect, test, type Page } from '@playwright/test';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const themeOnScreen = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body.parentElement as HTMLElement).backgroundColor,
  }));
const light = { theme: 'light', background: 'rgb(244, 246, 249)' };
const dark = { theme: 'dark', background: 'rgb(17, 22, 29)' };

function menu(page: Page, command: string) {
  return page.evaluate(
    (detail) => window.dispatchEvent(new CustomEvent('session-studio-menu', { detail })),
    command,
  );
}

test('follows the system’s light or dark theme until one is chosen, and keeps the choice', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => themeOnScreen(page)).toEqual(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => themeOnScreen(page)).toEqual(light);

  // Chosen on the home: dark stays dark whatever the system says, and after a relaunch.
  await theme.selectOption('dark');
  await expect.poll(() => themeOnScreen(page)).toEqual(dark);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await themeOnScreen(page)).toEqual(dark);

  // View › Theme in the menu does the same.
  await menu(page, 'theme-light');
  await expect.poll(() => themeOnScreen(page)).toEqual(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await menu(page, 'theme-system');
  await expect.poll(() => themeOnScreen(page)).toEqual(dark);
  await expect(page.getByLabel('Theme')).toHaveValue('system');

  // Following the system again forgets the choice.
  const stored = await page.evaluate(() => localStorage.getItem('session-studio.theme'));
  expect(stored).toBeNull();
});
