import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/harness/chromium';

/**
 * `node --import tsx build/bench/database-log-probe.ts [MB]`: whether closing every connection
 * to a database for 3 s lets Chromium clear the log a large transaction left, as the app's
 * one-time close assumes (renderer/src/db/safety/close-database-once.ts). In a fresh profile:
 * one transaction writes `MB` megabytes in rows of about 256 bytes (indexed, as the app's are); then, launch after launch, `indexedDB.open` is timed
 * to success, first with the connection held until the browser quits (as the app did), then
 * after one launch that closes it for 3 s, then again; beside the same rows written in
 * transactions of 256 KB, as the app now restores.
 */
const megabytes = Number(process.argv[2] ?? '40');
const origin = 'http://database-log-probe.test';

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    headless: true,
  });
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
  );
  return context;
}

/** Opens the page, times the open, runs `then` in the page with the connection as `db`. */
async function session(profile: string, then: string): Promise<number> {
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/`);
  const ms = (await page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const request = indexedDB.open('probe', 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore('rows', { keyPath: 'id' }).createIndex('group', 'group');
    request.onerror = () => reject(request.error);
    request.onsuccess = async () => {
      const ms = performance.now() - started;
      const db = request.result;
      ${then}
      resolve(ms);
    };
  })`)) as number;
  await context.close();
  return ms;
}

/** Writes `megabytes` in rows of about 256 bytes, in transactions of `rowsEach` rows. */
const write = (rowsEach: number) => `{
  const text = 'x'.repeat(240);
  const total = ${megabytes * 4096};
  for (let first = 0; first < total; first += ${rowsEach})
    await new Promise((done, fail) => {
      const transaction = db.transaction('rows', 'readwrite');
      const store = transaction.objectStore('rows');
      for (let index = first; index < Math.min(total, first + ${rowsEach}); index += 1)
        store.put({ id: 'row-' + index, group: 'group-' + (index % 320), text: text + index });
      transaction.oncomplete = done;
      transaction.onerror = () => fail(transaction.error);
    });
}`;
const hold = '';
const closeForThreeSeconds = `db.close(); await new Promise((wait) => setTimeout(wait, 3000));`;

/** The database's files on disk: its LevelDB logs' sizes and how many tables it has. */
function files(profile: string): string {
  const folder = join(profile, 'Default', 'IndexedDB');
  const logs: string[] = [];
  let tables = 0;
  for (const database of readdirSync(folder))
    for (const name of readdirSync(join(folder, database))) {
      if (name.endsWith('.ldb')) tables += 1;
      if (name.endsWith('.log'))
        logs.push(`${name} ${Math.round(statSync(join(folder, database, name)).size / 1024)} KB`);
    }
  return `${logs.join(', ')}; ${tables} tables`;
}

const idleFor20Seconds = `await new Promise((wait) => setTimeout(wait, 20000));`;
const load = () => loadavg()[0]!.toFixed(1);
async function report(label: string, profile: string, then: string) {
  const ms = await session(profile, then);
  console.log(`${label}: open ${ms.toFixed(0)} ms (load ${load()}); ${files(profile)}`);
}
const folders: string[] = [];
const newProfile = () => {
  folders.push(mkdtempSync(join(tmpdir(), 'session-studio-log-probe-')));
  return folders.at(-1)!;
};
/** Profiles: one big transaction then a 3 s close; then 20 s idle held open; small transactions. */
const profiles = {
  closed: newProfile(),
  idle: newProfile(),
  small: newProfile(),
};
try {
  await report('closed: one transaction', profiles.closed, write(megabytes * 4096));
  await report('idle: one transaction', profiles.idle, write(megabytes * 4096));
  await report('small: 256 KB transactions', profiles.small, write(1024));
  for (const name of ['closed', 'idle', 'small'] as const)
    await report(`  ${name}, held open`, profiles[name], hold);
  await report('closed: closed for 3 s', profiles.closed, closeForThreeSeconds);
  await report('idle: held open, idle for 20 s', profiles.idle, idleFor20Seconds);
  for (let run = 0; run < 3; run += 1)
    for (const name of ['closed', 'idle', 'small'] as const)
      await report(`  ${name}, held open`, profiles[name], hold);
} finally {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
