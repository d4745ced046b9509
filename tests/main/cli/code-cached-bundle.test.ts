import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder, runCodeCachedBundle } from '../../../main/cli/code-cached-bundle';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'session-studio-code-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A command line in the bundle's shape: exits with the number of its arguments plus `base`. */
function writeBundle(base: number): string {
  const path = join(folder, 'cli-bundle.cjs');
  writeFileSync(
    path,
    `const { basename } = require('node:path');
exports.runCli = async (argv) => (basename(__filename) === 'cli-bundle.cjs' ? argv.length + ${base} : 99);
`,
  );
  return path;
}

/** The bundle run with the cache in a new Node process, with one argument. */
function runApart(bundle: string, cache: string) {
  const runner = join(import.meta.dirname, 'code-cache-runner.ts');
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', runner, bundle, cache], {
      encoding: 'utf8',
    }),
  ) as unknown;
}

const cachesIn = (cache: string) => readdirSync(cache).filter((name) => name.endsWith('.v8cache'));

describe('the command line run with its code cache', () => {
  it('makes the cache on the first run and uses it on the next', () => {
    const bundle = writeBundle(40);
    const cache = join(folder, 'cache');
    expect(runApart(bundle, cache)).toEqual({ exitCode: 41, cache: 'made' });
    const [file] = cachesIn(cache);
    expect(statSync(join(cache, file as string)).mode & 0o777).toBe(0o600);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(runApart(bundle, cache)).toEqual({ exitCode: 41, cache: 'used' });
  }, 60_000);

  it('never runs the cache of other code, even of the same length', async () => {
    const cache = join(folder, 'cache');
    await runCodeCachedBundle(writeBundle(40), [], cache);
    expect(await runCodeCachedBundle(writeBundle(50), [], cache)).toEqual({
      exitCode: 50,
      cache: 'made',
    });
    expect(cachesIn(cache)).toHaveLength(2);
  });

  it('runs as before from a damaged cache, and makes it again', () => {
    const bundle = writeBundle(40);
    const cache = join(folder, 'cache');
    runApart(bundle, cache);
    const [file] = cachesIn(cache);
    writeFileSync(join(cache, file as string), 'not a code cache');
    expect(runApart(bundle, cache)).toEqual({ exitCode: 41, cache: 'made' });
    expect(runApart(bundle, cache)).toEqual({ exitCode: 41, cache: 'used' });
  }, 60_000);

  it('runs without a cache where none can be written, or none is wanted', async () => {
    const bundle = writeBundle(40);
    const notAFolder = join(folder, 'file');
    writeFileSync(notAFolder, '');
    expect(await runCodeCachedBundle(bundle, [], join(notAFolder, 'cache'))).toEqual({
      exitCode: 40,
      cache: 'none',
    });
    expect(await runCodeCachedBundle(bundle, [], null)).toEqual({
      exitCode: 40,
      cache: 'none',
    });
  });

  it('keeps the caches of the last four builds only', async () => {
    const cache = join(folder, 'cache');
    for (let base = 10; base < 16; base += 1)
      await runCodeCachedBundle(writeBundle(base), [], cache);
    expect(cachesIn(cache)).toHaveLength(4);
  });
});

describe('where the code cache lives', () => {
  it('is the user’s own cache folder, or where NODE_COMPILE_CACHE says, or nowhere', () => {
    expect(codeCacheFolder({}, 'linux', '/home/amara')).toBe('/home/amara/.cache/session-studio');
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/cache' }, 'linux', '/home/amara')).toBe(
      '/cache/session-studio',
    );
    expect(codeCacheFolder({}, 'darwin', '/Users/amara')).toBe(
      '/Users/amara/Library/Caches/Session Studio',
    );
    expect(codeCacheFolder({ LOCALAPPDATA: '/local' }, 'win32', '/home')).toBe(
      join('/local', 'Session Studio', 'Cache'),
    );
    expect(codeCacheFolder({ NODE_COMPILE_CACHE: '/nc' }, 'linux', '/home/amara')).toBe(
      '/nc/session-studio',
    );
    expect(
      codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', '/home/amara'),
    ).toBeUndefined();
  });
});
