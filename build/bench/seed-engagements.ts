import type { Page } from '@playwright/test';

const companies = [
  'Acme',
  'Borealis',
  'Kestrel',
  'Northwind',
  'Juniper',
  'Halcyon',
  'Orbital',
  'Tidewater',
];
const kinds = [
  'Robotics',
  'Foods',
  'Analytics',
  'Logistics',
  'Health',
  'Energy',
  'Retail',
  'Capital',
];
const plans = ['growth plan', 'retail launch', 'brand refresh', 'market entry', 'pricing review'];
const industries = [
  'Industrial automation',
  'Food & beverage',
  'Software',
  'Logistics',
  'Healthcare',
];

/** The client name of the engagement seeded at `index`: unique by its serial number. */
export function seededClientName(index: number): string {
  const company = companies[index % companies.length];
  const kind = kinds[Math.floor(index / companies.length) % kinds.length];
  return `${company} ${kind} ${String(index).padStart(4, '0')}`;
}

/**
 * Stores `count` engagements straight into the app's IndexedDB, shaped as the repository stores
 * them (every tenth archived), so the home can be measured with a full list.
 */
export async function seedEngagements(page: Page, count: number): Promise<void> {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, index) => ({
    id: `bench-${String(index).padStart(4, '0')}`,
    clientName: seededClientName(index),
    title: `FY${27 + (index % 3)} ${plans[index % plans.length]}`,
    industry: industries[index % industries.length],
    consultantName: 'Dana Reyes',
    firmName: 'Northwind Strategy',
    startDate: '2026-11-02',
    createdAt: now - index * 3_600_000,
    updatedAt: now - index * 3_600_000,
    lastOpenedAt: now - index * 3_600_000,
    archivedAt: index % 10 === 9 ? now - index * 1_000 : 0,
    deletedAt: 0,
  }));
  await page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('session-studio');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('engagements', 'readwrite');
      const store = transaction.objectStore('engagements');
      for (const row of ${JSON.stringify(rows)}) store.put(row);
      transaction.oncomplete = () => { db.close(); resolve(null); };
      transaction.onerror = () => { db.close(); reject(transaction.error); };
    };
  })`);
}
