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

const words = 'Leave with one owner per objective';

test('types without pausing and is told "All changes saved" only once it is', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Halcyon Health', title: 'Clinic growth' });
  await expectAllSaved(page);
  const indicator = page.getByTestId('save-indicator').first();
  const purpose = page.getByLabel('Purpose of this session');
  await purpose.click();

  // Right after every keystroke the newest character is only in the field: never "saved". (On a
  // loaded machine a gap between keystrokes can outlast the autosave pause: "Saving…" is true then.)
  const seen = new Set<string>();
  for (const character of words) {
    await page.keyboard.type(character);
    seen.add((await indicator.textContent()) ?? '');
  }
  expect(seen).toContain('Editing…');
  expect([...seen].filter((said) => said !== 'Editing…' && said !== 'Saving…')).toEqual([]);

  // The consultant pauses. The moment the indicator says saved, the browser dies and the store
  // is lost: the words are still there, from main's safety copy.
  await expectAllSaved(page);
  await killBrowser(app.context, profile);
  expect(corruptLocalDatabase(profile)).toBeGreaterThan(0);
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Halcyon Health', 'Clinic growth');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(words);
});
