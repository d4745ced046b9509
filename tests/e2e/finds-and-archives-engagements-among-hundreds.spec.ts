import { expect, test, type Page } from '@playwright/test';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

const count = 300;
const clientName = (index: number) => `Client ${String(index).padStart(3, '0')}`;
const rowName = (index: number) => `${clientName(index)} — Plan ${index}`;

/** Engagements stored straight into the app's database, newest first by the order of `index`. */
async function storeEngagements(page: Page) {
  await page.evaluate(
    async ({ count }) => {
      const now = Date.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('session-studio');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction('engagements', 'readwrite');
      for (let index = 0; index < count; index += 1)
        transaction.objectStore('engagements').put({
          id: `many-${index}`,
          clientName: `Client ${String(index).padStart(3, '0')}`,
          title: `Plan ${index}`,
          industry: 'Software',
          consultantName: 'Dana Reyes',
          firmName: 'Northwind Strategy',
          startDate: '2026-11-02',
          createdAt: now - index * 60_000,
          updatedAt: now - index * 60_000,
          lastOpenedAt: now - index * 60_000,
          archivedAt: 0,
          deletedAt: 0,
        });
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { count },
  );
}

let app: AppHarness;
test.beforeEach(async () => {
  app = await launchApp(newProfileDir());
  await expect(app.page.getByText('No engagements yet')).toBeVisible();
  await storeEngagements(app.page);
  await app.page.reload();
  await expect(app.page.getByRole('listitem', { name: rowName(0) })).toBeVisible();
});
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

test('scrolls hundreds of engagements with every row in view drawn, in its place', async () => {
  const { page } = app;
  const list = page.getByRole('list', { name: 'Engagements' });
  const rowHeight =
    (await page.getByRole('listitem', { name: rowName(1) }).boundingBox())!.y -
    (await page.getByRole('listitem', { name: rowName(0) }).boundingBox())!.y;
  await list.evaluate((element, top) => (element.scrollTop = top), 150 * rowHeight + 20);
  const row = page.getByRole('listitem', { name: rowName(150) });
  await expect(row).toBeVisible();
  const listTop = (await list.boundingBox())!.y;
  // 20 px of it above the list's top edge (its 1 px border aside), and still there a few frames
  // later: the list does not jump.
  const placed = async () => (await row.boundingBox())!.y - listTop;
  expect(Math.abs((await placed()) + 20)).toBeLessThanOrEqual(2);
  await page.waitForTimeout(300);
  expect(Math.abs((await placed()) + 20)).toBeLessThanOrEqual(2);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(150 * rowHeight + 20);
  // Every row the list shows is drawn (none left undrawn as if out of view) and named.
  const inView = await list.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return [...element.querySelectorAll('[role="listitem"]')]
      .filter((item) => {
        const { top, bottom } = item.getBoundingClientRect();
        return bottom > box.top && top < box.bottom;
      })
      .map((item) => ({
        name: item.getAttribute('aria-label'),
        drawn: item.checkVisibility({ contentVisibilityAuto: true }),
      }));
  });
  expect(inView.length).toBeGreaterThan(3);
  expect(inView.every((item) => item.drawn)).toBe(true);
  expect(inView.map((item) => item.name)).toContain(rowName(151));
});

test('finds one engagement among hundreds, and archives from the keyboard with focus kept in place', async () => {
  const { page } = app;
  const search = page.getByLabel('Find engagements by client or title');
  await search.fill('client 2');
  await expect(page.getByRole('listitem').first()).toHaveAccessibleName(rowName(200));
  await search.fill('Plan 217');
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('listitem')).toHaveAccessibleName(rowName(217));
  await search.fill('');
  await expect(page.getByRole('listitem', { name: rowName(0) })).toBeVisible();

  // Archive the first engagement from the keyboard: the focus stays on the list's first
  // Archive button, now the next engagement's, so the consultant can go on down the list.
  await page.getByRole('button', { name: `Archive ${rowName(0)}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Archived (1)' })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toHaveAccessibleName(rowName(1));
  await expect(page.locator(':focus')).toHaveAccessibleName(`Archive ${rowName(1)}`);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(`Delete ${rowName(1)}`);
});

test('reaches engagements below the view with Tab, each scrolled into view', async () => {
  const { page } = app;
  await page
    .getByRole('listitem', { name: rowName(0) })
    .getByRole('button')
    .first()
    .focus();
  // Each row: open, Archive, Delete. Fifteen rows down is well past the first view.
  for (let press = 0; press < 15 * 3; press += 1) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toContainText(clientName(15));
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveAccessibleName(`Delete ${rowName(14)}`);
});
