import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findElectronBinary } from '../../../../build/scripts/electron/electron-binary';
import {
  ensureElectronBinary,
  installerReason,
  retryCommandFor,
  type RunInstaller,
} from '../../../../build/scripts/electron/fetch-electron-binary';
import { tempFolder } from '../../../main/files/temp-folder';

/** An `electron` package folder as npm leaves it: no binary until the installer has run. */
function electronPackage() {
  const dir = tempFolder();
  const install = () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
  };
  return { dir, install };
}

function options(dir: string, runInstaller: RunInstaller, env: NodeJS.ProcessEnv = {}) {
  const log = vi.fn();
  return {
    log,
    options: {
      packageDir: dir,
      version: '45.4.1',
      env,
      runInstaller,
      retryCommand: 'npm start',
      log,
    },
  };
}

const fetchFailed = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at async downloadArtifact (file:///x/node_modules/@electron/get/dist/index.js:154:12)',
].join('\n');

describe('finding the Electron binary', () => {
  it('reads path.txt inside the package, as electron-vite does', () => {
    const pkg = electronPackage();
    expect(findElectronBinary(pkg.dir, {})).toEqual({ found: false, reason: 'not-installed' });
    pkg.install();
    expect(findElectronBinary(pkg.dir, {})).toEqual({
      found: true,
      path: join(pkg.dir, 'dist', 'electron'),
    });
  });

  it('treats a path.txt whose binary is gone as not installed', () => {
    const pkg = electronPackage();
    writeFileSync(join(pkg.dir, 'path.txt'), 'electron');
    expect(findElectronBinary(pkg.dir, {})).toEqual({ found: false, reason: 'not-installed' });
  });

  it('prefers ELECTRON_EXEC_PATH, and says when it names nothing', () => {
    const pkg = electronPackage();
    pkg.install();
    const standIn = join(tempFolder(), 'electron-stand-in');
    expect(findElectronBinary(pkg.dir, { ELECTRON_EXEC_PATH: standIn })).toEqual({
      found: false,
      reason: 'exec-path-missing',
      path: standIn,
    });
    writeFileSync(standIn, '');
    expect(findElectronBinary(pkg.dir, { ELECTRON_EXEC_PATH: standIn })).toEqual({
      found: true,
      path: standIn,
    });
  });
});

describe('fetching the Electron binary before start, dev and dist', () => {
  it('does not run the installer when the binary is there', async () => {
    const pkg = electronPackage();
    pkg.install();
    const runInstaller = vi.fn<RunInstaller>();
    const { options: opts } = options(pkg.dir, runInstaller);
    expect(await ensureElectronBinary(opts)).toEqual({
      ok: true,
      path: join(pkg.dir, 'dist', 'electron'),
    });
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('runs Electron’s installer when the binary is missing, then goes on with it', async () => {
    const pkg = electronPackage();
    const runInstaller = vi.fn<RunInstaller>(async () => {
      pkg.install();
      return { exitCode: 0, output: '' };
    });
    const { options: opts, log } = options(pkg.dir, runInstaller);
    expect(await ensureElectronBinary(opts)).toEqual({
      ok: true,
      path: join(pkg.dir, 'dist', 'electron'),
    });
    expect(runInstaller).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(
      "Electron's binary is not installed yet: downloading Electron 45.4.1 (once)…",
    );
  });

  it('stops with one sentence that says the download failed and how to retry', async () => {
    const pkg = electronPackage();
    const { options: opts } = options(pkg.dir, async () => ({ exitCode: 1, output: fetchFailed }));
    const outcome = await ensureElectronBinary(opts);
    expect(outcome).toEqual({
      ok: false,
      message:
        "Electron's binary is not installed and could not be downloaded (fetch failed); " +
        'connect this computer to the network and run `npm start` again.',
    });
  });

  it('never downloads over an ELECTRON_EXEC_PATH that names nothing', async () => {
    const pkg = electronPackage();
    const runInstaller = vi.fn<RunInstaller>();
    const { options: opts } = options(pkg.dir, runInstaller, { ELECTRON_EXEC_PATH: '/no/such' });
    const outcome = await ensureElectronBinary(opts);
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.message).toContain('ELECTRON_EXEC_PATH is set to /no/such');
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('says so when the installer succeeded but left no binary', async () => {
    const pkg = electronPackage();
    const { options: opts } = options(pkg.dir, async () => ({ exitCode: 0, output: '' }));
    const outcome = await ensureElectronBinary(opts);
    expect(!outcome.ok && outcome.message).toMatch(/installer finished but left no binary/);
  });
});

describe('the words of a failed download', () => {
  it('keeps the installer’s first error line, without its class name or stack', () => {
    expect(installerReason(fetchFailed)).toBe('fetch failed');
    expect(
      installerReason(
        'HTTPError: Response code 404 (Not Found) for http://127.0.0.1:9/v45/e.zip\n    at x',
      ),
    ).toBe('Response code 404 (Not Found) for http://127.0.0.1:9/v45/e.zip');
    expect(installerReason('')).toBe('no reason given');
  });

  it('names the npm command to run again', () => {
    expect(retryCommandFor('start')).toBe('npm start');
    expect(retryCommandFor('dev')).toBe('npm run dev');
    expect(retryCommandFor('dist')).toBe('npm run dist');
    expect(retryCommandFor(undefined)).toBe('the same command');
  });
});
