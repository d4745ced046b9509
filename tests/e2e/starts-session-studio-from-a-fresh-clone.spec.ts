import { expect, test } from '@playwright/test';
import { existsSync, rmSync, utimesSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { electronPackageDir, electronVersion } from '../../build/scripts/electron/electron-binary';
import { installedElectronBinary } from './harness/electron-binary';
import { electronStandIn, type StandInLaunch } from './harness/electron-stand-in';
import { launchApp, newProfileDir } from './harness/launch-app';
import { npmEnvironment, projectRoot, runNpm } from './harness/npm-script';
import { tempFolder } from '../main/files/temp-folder';

// The README's first commands on a fresh clone, where Electron's binary has not been fetched yet.
// No machine here can download it, so a local server stands in for the download site and a
// script stands in for the binary (ELECTRON_EXEC_PATH, which electron-vite honours).

test.describe.configure({ timeout: 120_000 });

/** A build folder of this test's own, so parallel builds never share out/. */
function ownOutFolder(): { name: string; entry: string; cleanUp(): void } {
  const name = `.out-start-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name,
    entry: join(name, 'main/index.js'),
    cleanUp: () => rmSync(join(projectRoot, name), { recursive: true, force: true }),
  };
}

async function launchOf(standIn: { launch(): StandInLaunch | null }): Promise<StandInLaunch> {
  await expect.poll(() => standIn.launch(), { timeout: 90_000 }).not.toBeNull();
  return standIn.launch() as StandInLaunch;
}

test('npm start without the binary tries the download and says plainly how to retry', async () => {
  test.skip(
    installedElectronBinary() !== null,
    'Electron’s binary is installed here; the missing-binary path runs where it is not (CI).',
  );
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const out = ownOutFolder();
  try {
    const run = runNpm(
      ['start'],
      npmEnvironment({
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: tempFolder(),
        SESSION_STUDIO_OUT: out.name,
      }),
    );
    expect(await run.finished).toBe(1);
    const version = electronVersion(electronPackageDir());
    expect(requests).toEqual([
      expect.stringContaining(`/v${version}/electron-v${version}-${process.platform}-`),
    ]);
    const output = run.output();
    expect(output).toContain(
      "Electron's binary is not installed and could not be downloaded (Response code 404",
    );
    expect(output).toContain('connect this computer to the network and run `npm start` again.');
    expect(output).not.toContain('Electron uninstall');
    expect(output).not.toMatch(/^\s+at /m);
    // It stopped before building anything.
    expect(existsSync(join(projectRoot, out.name))).toBe(false);
  } finally {
    server.close();
    out.cleanUp();
  }
});

test('npm start builds the app and launches the Electron binary with it', async () => {
  const standIn = electronStandIn();
  const out = ownOutFolder();
  try {
    const run = runNpm(
      ['start'],
      npmEnvironment({
        ELECTRON_EXEC_PATH: standIn.path,
        SESSION_STUDIO_OUT: out.name,
        ELECTRON_ENTRY: out.entry,
      }),
    );
    expect(await run.finished, run.output()).toBe(0);
    const launch = await launchOf(standIn);
    expect(launch).toMatchObject({
      args: [out.entry],
      cwd: projectRoot,
      entry: join(projectRoot, out.entry),
      entryExists: true,
      rendererUrl: null,
    });
    expect(existsSync(join(projectRoot, out.name, 'renderer/index.html'))).toBe(true);
    expect(run.output()).not.toContain('downloading Electron');
  } finally {
    out.cleanUp();
  }
});

test('npm run dev serves the renderer with hot reload to the app window', async () => {
  const standIn = electronStandIn({ stayOpen: true });
  const out = ownOutFolder();
  const run = runNpm(
    ['run', 'dev'],
    npmEnvironment({
      ELECTRON_EXEC_PATH: standIn.path,
      SESSION_STUDIO_OUT: out.name,
      ELECTRON_ENTRY: out.entry,
    }),
  );
  const profile = newProfileDir();
  try {
    const launch = await launchOf(standIn);
    expect(launch.entryExists).toBe(true);
    expect(launch.rendererUrl).toMatch(/^http:\/\/localhost:\d+$/);

    // The window's page, from the dev server, with the preload API routed to main's handlers.
    const app = await launchApp(profile, { devServerUrl: launch.rendererUrl as string });
    const viteLog: string[] = [];
    app.page.on('console', (message) => viteLog.push(message.text()));
    try {
      await app.page.reload(); // Heard from the start this time.
      await expect(
        app.page.getByRole('heading', { level: 1, name: 'Session Studio' }),
      ).toBeVisible();
      await expect.poll(() => viteLog).toContain('[vite] connected.');
      // An edited stylesheet reaches the open page without a reload.
      const now = new Date();
      utimesSync(join(projectRoot, 'renderer/src/styles.css'), now, now);
      await expect
        .poll(() => viteLog, { timeout: 30_000 })
        .toContain('[vite] hot updated: /src/styles.css');
      expect(app.networkAttempts).toEqual([]);
    } finally {
      await app.close();
    }
  } finally {
    await run.stop();
    rmSync(profile, { recursive: true, force: true });
    out.cleanUp();
  }
});
