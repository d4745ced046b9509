import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright cannot download its own browsers on these machines. */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!found)
    throw new Error(
      'Chromium was not found: install Debian’s chromium package or set CHROMIUM_PATH.',
    );
  return found;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
