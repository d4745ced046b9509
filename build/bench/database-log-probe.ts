import { chromium, type BrowserContext } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/harness/chromium';
import { testOrigin } from '../../tests/e2e/harness/serve-renderer';

/**
 * Whether closing a database, or holding it open and idle, lets Chromium clear what a large
 * transaction left behind, so that opening it is fast again.
 * - `node --import tsx build/bench/database-log-probe.ts [MB]`: in fresh profiles, one
 *   transaction writes `MB` megabytes in rows of about 256 bytes (indexed, as the app's are);
 *   then, launch after launch, `indexedDB.open` is timed to success with the connection held until
 *   the browser quits (as the app does), before and after one launch that closes it for 3 s, and
 *   one that holds it open and idle for 20 s; beside the same rows written in 256 KB transactions.
 * - `... database-log-probe.ts --app <profile> <profile>`: the same on copies of app profiles
 *   (the library bench's, in the system's temporary folder): the app's database opened as it
 *   stands, three times, then after a 3 s close, a 50 s close and 50 s held open and idle.
 */
const appProfiles = process.argv[2] === '--app' ? process.argv.slice(3) : null;
const megabytes = appProfiles ? 0 : Number(process.argv[2] ?? '40');
const origin = appProfiles ? testOrigin : 'http://database-log-probe.test';
const databaseName = appProfiles ? 'session-studio' : 'probe';

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
    const request = ${appProfiles ? `indexedDB.open('${databaseName}')` : `indexedDB.open('${databaseName}', 1)`};
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

const idleFor = (ms: number) => `await new Promise((wait) => setTimeout(wait, ${ms}));`;
const closeFor = (ms: number) => `db.close(); ${idleFor(ms)}`;
const load = () => loadavg()[0]!.toFixed(1);
async function report(label: string, profile: string, then: string) {
  const ms = await session(profile, then);
  console.log(`${label}: open ${ms.toFixed(0)} ms (load ${load()}); ${files(profile)}`);
}
const folders: string[] = [];
const newProfile = (from?: string) => {
  folders.push(mkdtempSync(join(tmpdir(), 'session-studio-log-probe-')));
  if (from) cpSync(join(from, 'chromium'), folders.at(-1)!, { recursive: true });
  return folders.at(-1)!;
};

/** Each variant: a profile, what its one launch does, and what it is compared with. */
async function compare(variants: Record<string, { profile: string; then: string }>) {
  for (const [name, { profile }] of Object.entries(variants))
    await report(`  ${name}, held open`, profile, '');
  for (const [name, { profile, then }] of Object.entries(variants))
    if (then) await report(`${name}: the launch that tries it`, profile, then);
  for (let run = 0; run < 3; run += 1)
    for (const [name, { profile }] of Object.entries(variants))
      await report(`  ${name}, held open`, profile, '');
}

try {
  if (appProfiles) {
    const [stale = '', fresh] = appProfiles;
    await compare({
      'closed for 3 s': { profile: newProfile(stale), then: closeFor(3_000) },
      'closed for 50 s': { profile: newProfile(stale), then: closeFor(50_000) },
      'idle for 50 s': { profile: newProfile(stale), then: idleFor(50_000) },
      ...(fresh ? { 'second profile, as it is': { profile: newProfile(fresh), then: '' } } : {}),
    });
  } else {
    const closed = newProfile();
    const idle = newProfile();
    const small = newProfile();
    await report('closed: one transaction', closed, write(megabytes * 4096));
    await report('idle: one transaction', idle, write(megabytes * 4096));
    await report('small: 256 KB transactions', small, write(1024));
    await compare({
      'closed for 3 s': { profile: closed, then: closeFor(3_000) },
      'idle for 20 s': { profile: idle, then: idleFor(20_000) },
      '256 KB transactions': { profile: small, then: '' },
    });
  }
} finally {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
