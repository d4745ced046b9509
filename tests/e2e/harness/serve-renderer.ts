import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** The origin the built renderer is served from in tests; IndexedDB is keyed by it. */
export const testOrigin = 'http://localhost:47173';

// SESSION_STUDIO_OUT matches the build's output folder (electron.vite.config.ts); default out/.
const rendererRoot = join(
  import.meta.dirname,
  '../../..',
  process.env.SESSION_STUDIO_OUT ?? 'out',
  'renderer',
);
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * Serves out/renderer from disk for the app's origin and refuses every other request, recording it:
 * the app must never touch the network, and the tests run with no server at all.
 */
export async function serveRenderer(
  context: BrowserContext,
  networkAttempts: string[],
): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== testOrigin) {
      networkAttempts.push(url.href);
      return route.abort('internetdisconnected');
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = normalize(join(rendererRoot, relative));
    if (!file.startsWith(normalize(rendererRoot + sep))) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        contentType: types[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/** Lets the page reach electron-vite's dev server only, refusing and recording everything else. */
export async function serveDevServerOnly(
  context: BrowserContext,
  devOrigin: string,
  networkAttempts: string[],
): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === devOrigin) return route.continue();
    networkAttempts.push(url.href);
    return route.abort('internetdisconnected');
  });
}
