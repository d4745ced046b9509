import type { Page } from '@playwright/test';

/**
 * Instruments the page for the benchmark. Plain script text, so it runs the same whichever way
 * this file was compiled. Installs on window.__bench:
 * - latencies: each keydown's time to the next frame (a message posted from requestAnimationFrame
 *   runs once the frame's work is done);
 * - writes: every IndexedDB write (store, key), to see which records a keystroke rewrites;
 * - lastInputAt: when the last input event happened;
 * - listShownAt: the first frame with an engagement row on screen (performance.now(), which
 *   counts from the navigation's start).
 */
const probeScript = `(() => {
  if (window.__bench) return;
  const bench = { latencies: [], writes: [], lastInputAt: 0, listShownAt: 0 };
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
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
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
