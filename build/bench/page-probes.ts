import type { Page } from '@playwright/test';

/**
 * Instruments the page for the benchmark. Plain script text, so it runs the same whichever way
 * this file was compiled. Installs on window.__bench:
 * - latencies: each keydown's time to the next frame (a message posted from requestAnimationFrame
 *   runs once the frame's work is done);
 * - writes: every IndexedDB write (store, key), to see which records a keystroke rewrites;
 * - lastInputAt: when the last input event happened; keys, lastKeyAt: how many keydowns, the last
 *   one's time;
 * - listShownAt: the first frame with an engagement row on screen (performance.now(), which
 *   counts from the navigation's start);
 * - clickAt, savedAt: the last click, and the first frame after it showing "Saved to".
 */
export const probeScript = `(() => {
  if (window.__bench) return;
  const bench = {
    latencies: [], writes: [], lastInputAt: 0, listShownAt: 0, keys: 0, lastKeyAt: 0,
    clickAt: 0, savedAt: 0,
  };
  window.__bench = bench;
  const afterNextFrame = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  });
  const listWatch = new MutationObserver(() => {
    if (!document.querySelector('[role="listitem"]')) return;
    listWatch.disconnect();
    afterNextFrame((now) => { bench.listShownAt = now; });
  });
  listWatch.observe(document, { childList: true, subtree: true });
  const savedWatch = new MutationObserver(() => {
    if (bench.savedAt || !bench.clickAt) return;
    const status = [...document.querySelectorAll('[role="status"]')];
    if (!status.some((element) => (element.textContent ?? '').includes('Saved to'))) return;
    const clickAt = bench.clickAt;
    afterNextFrame((now) => { if (bench.clickAt === clickAt) bench.savedAt = now; });
  });
  savedWatch.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', (event) => {
    bench.clickAt = event.timeStamp;
    bench.savedAt = 0;
  }, true);
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    bench.keys += 1;
    bench.lastKeyAt = start;
    afterNextFrame((now) => bench.latencies.push(now - start));
  }, true);
  document.addEventListener('input', (event) => { bench.lastInputAt = event.timeStamp; }, true);
  const keyOf = (store, value, key) => {
    if (key !== undefined) return String(key);
    const path = store.keyPath;
    return typeof path === 'string' && value && typeof value === 'object' ? String(value[path]) : '?';
  };
  const storeProto = IDBObjectStore.prototype;
  for (const method of ['put', 'add']) {
    const original = storeProto[method];
    storeProto[method] = function (value, key) {
      bench.writes.push({ store: this.name, key: keyOf(this, value, key) });
      return original.apply(this, arguments);
    };
  }
  for (const method of ['delete', 'clear']) {
    const original = storeProto[method];
    storeProto[method] = function (key) {
      bench.writes.push({ store: this.name, key: method === 'clear' ? '*' : String(key) });
      return original.apply(this, arguments);
    };
  }
  for (const method of ['update', 'delete']) {
    const original = IDBCursor.prototype[method];
    IDBCursor.prototype[method] = function () {
      const source = this.source;
      const store = source instanceof IDBIndex ? source.objectStore : source;
      bench.writes.push({ store: store.name, key: String(this.primaryKey) });
      return original.apply(this, arguments);
    };
  }
})();`;

export interface StoreWrite {
  store: string;
  key: string;
}

export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(probeScript);
}

/** Installs the probes in every page the context opens from now on (e.g. after a reload). */
export async function installProbesOnLoad(page: Page): Promise<void> {
  await page.context().addInitScript({ content: probeScript });
}

export async function resetProbes(page: Page): Promise<void> {
  await page.evaluate('window.__bench.latencies = []; window.__bench.writes = [];');
}

export interface ProbeReadings {
  latencies: number[];
  writes: StoreWrite[];
  lastInputAt: number;
  listShownAt: number;
  keys: number;
  lastKeyAt: number;
  clickAt: number;
  savedAt: number;
}

/**
 * Resolves, in the page, with the time of the first frame (after `keys` keydowns have happened)
 * in which `ready` holds; `ready` is an expression over `rows`, the aria-labels of the engagement
 * list's rows on screen. Plain script text, like the probes.
 */
export function firstFrameWhen(ready: string, keys = 0): string {
  return `new Promise((resolve) => {
    const check = () => {
      const rows = [...document.querySelectorAll('[role="listitem"]')].map((row) => row.getAttribute('aria-label') ?? '');
      if (window.__bench.keys >= ${keys} && (${ready})) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
}

export async function readProbes(page: Page): Promise<ProbeReadings> {
  return page.evaluate('window.__bench');
}

/** Every record of an IndexedDB store, read directly (the app's own database, by name). */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('session-studio');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
      all.onsuccess = () => { db.close(); resolve(all.result); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  })`);
}
