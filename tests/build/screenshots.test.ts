import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// build/screenshots drives the app through the e2e harness, so this project cannot import it;
// the shots are read from its source: each is an entry ['name.png', async (…) => …].
const source = readFileSync(
  join(import.meta.dirname, '../../build/screenshots/screenshots.ts'),
  'utf8',
);
const taken = [...source.matchAll(/^ {2}\[\s*'([\w-]+\.png)',/gm)].map((match) => match[1]).sort();
const screenshotsFolder = join(import.meta.dirname, '../../docs/screenshots');

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const shown = [...readme.matchAll(/\(docs\/screenshots\/([^)]+\.png)\)/g)].map((match) => match[1]);

describe('the README’s screenshots', () => {
  it('are exactly the ones `npm run screenshots` takes, all checked in', () => {
    expect(taken).toHaveLength(6);
    expect([...new Set(shown)].sort()).toEqual(taken);
    expect(readdirSync(screenshotsFolder).sort()).toEqual(taken);
  });

  it('are PNG images', () => {
    for (const name of taken)
      expect(
        readFileSync(join(screenshotsFolder, name ?? ''))
          .subarray(1, 4)
          .toString(),
        name,
      ).toBe('PNG');
  });
});
