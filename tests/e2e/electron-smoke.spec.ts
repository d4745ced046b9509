import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedElectronBinary } from './harness/electron-binary';

// The real desktop app, where an Electron binary is installed; every other spec runs the renderer
// in Chromium because the binary cannot be downloaded on every machine.
const binary = installedElectronBinary();
const mainScript = join(
  import.meta.dirname,
  '../..',
  process.env.SESSION_STUDIO_OUT ?? 'out',
  'main/index.js',
);
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test.skip(
  binary === null,
  'No Electron binary in node_modules/electron (it downloads on first use and could not here); ' +
    'the renderer specs run in Chromium instead.',
);
test.skip(noDisplay, 'Electron needs a display on Linux: run the tests under xvfb-run.');

let app: ElectronApplication;
test.beforeEach(async () => {
  expect(existsSync(mainScript), `${mainScript} is missing: run npm run build first.`).toBe(true);
  // A throwaway home, so the app's user-data folder never lands in the real one.
  const home = mkdtempSync(join(tmpdir(), 'session-studio-electron-'));
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [mainScript],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
});
test.afterEach(async () => {
  await app?.close();
});

test('opens the engagements home over app:// with the preload API and no Node in the page', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/session-studio\/index\.html/);

  const inPage = await page.evaluate(async () => {
    const scope = globalThis as Record<string, unknown>;
    const response = await fetch('app://session-studio/index.html');
    return {
      api: typeof scope.sessionStudio,
      require: typeof scope.require,
      process: typeof scope.process,
      popupRefused: window.open('https://example.com/') === null,
      webviewTag: document.createElement('webview') instanceof HTMLUnknownElement ? 'none' : 'on',
      policy: response.headers.get('content-security-policy') ?? '',
    };
  });
  expect(inPage).toMatchObject({
    api: 'object',
    require: 'undefined',
    process: 'undefined',
    popupRefused: true,
    webviewTag: 'none',
  });
  expect(inPage.policy).toContain("script-src 'self'");

  // A real round trip through the preload, the sender check and zod, to main and back.
  const info = await page.evaluate(() =>
    (
      globalThis as unknown as {
        sessionStudio: { getAppInfo(request: null): Promise<unknown> };
      }
    ).sessionStudio.getAppInfo(null),
  );
  expect(info).toMatchObject({
    ok: true,
    value: { userDataPath: expect.stringMatching(/Session Studio$/) },
  });
});
