import { expect, test, type Page } from '@playwright/test';
import { databaseClosedOnceKey } from '../../renderer/src/db/safety/close-database-once';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

/**
 * Records every connection the page opens to the app's database and every close, in order, with
 * its time: an init script, so it sees the start's own connections too.
 */
const connectionLog = `(() => {
  const log = [];
  window.__connections = log;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name) {
    const request = open.apply(this, arguments);
    if (name === 'session-studio')
      request.addEventListener('success', () => log.push({ what: 'open', at: performance.now() }));
    return request;
  };
  const close = IDBDatabase.prototype.close;
  IDBDatabase.prototype.close = function () {
    if (this.name === 'session-studio') log.push({ what: 'close', at: performance.now() });
    return close.apply(this, arguments);
  };
})();`;

interface ConnectionEvent {
  what: 'open' | 'close';
  at: number;
}

const connections = (page: Page) =>
  page.evaluate('window.__connections') as Promise<ConnectionEvent[]>;

const marker = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), databaseClosedOnceKey);

/** The longest time no connection to the database was open, from the log. */
function longestClosed(log: ConnectionEvent[]): number {
  let open = 0;
  let closedAt: number | null = null;
  let longest = 0;
  for (const event of log) {
    open += event.what === 'open' ? 1 : -1;
    if (open === 0) closedAt = event.at;
    else if (closedAt !== null) {
      longest = Math.max(longest, event.at - closedAt);
      closedAt = null;
    }
  }
  return longest;
}

const words = 'Agree the three objectives first';

test('keeps typing while the app closes its database once, and finds every word after relaunch', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  await createEngagement(page, { clientName: 'Halcyon Health', title: 'Clinic growth' });
  await expectAllSaved(page);
  // A database this version created never needs the close: it is marked once the check is done.
  await expect.poll(() => marker(page), { timeout: 60_000 }).toBe('new database');
  // A laptop whose database an earlier version wrote has no mark.
  await page.evaluate((key) => window.localStorage.removeItem(key), databaseClosedOnceKey);
  await app.close();

  app = await launchApp(profile, { initScripts: [connectionLog] });
  page = app.page;
  await reopenEngagement(page, 'Halcyon Health', 'Clinic growth');
  // Once the background check is done, at a quiet moment, the app closes its database.
  await expect
    .poll(async () => (await connections(page)).at(-1)?.what, { timeout: 60_000 })
    .toBe('close');
  const closedAt = (await connections(page)).length;
  // The consultant types in that moment: the save opens it again, and the words are saved.
  const purpose = page.getByLabel('Purpose of this session');
  await purpose.fill(words);
  await expectAllSaved(page);
  expect((await connections(page)).slice(closedAt).map((event) => event.what)).toContain('open');
  // A later quiet moment closes it again for long enough, opens it, and marks the laptop.
  await expect.poll(() => marker(page), { timeout: 60_000 }).toMatch(/^\d{4}-\d\d-\d\dT/);
  const log = await connections(page);
  expect(log.at(-1)?.what).toBe('open');
  expect(longestClosed(log)).toBeGreaterThanOrEqual(2_900);
  await expect(purpose).toHaveValue(words);
  await app.close();

  // Every word is there after a relaunch.
  app = await launchApp(profile, { initScripts: [connectionLog] });
  page = app.page;
  await reopenEngagement(page, 'Halcyon Health', 'Clinic growth');
  await expect(page.getByLabel('Purpose of this session')).toHaveValue(words);
});
