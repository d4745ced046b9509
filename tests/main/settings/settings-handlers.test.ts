import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { settingsFilePath } from '../../../main/settings/settings-file';
import { defaultAppSettings } from '../../../shared/settings/app-settings';
import { northStarSvg, tealBadgeLogo, tealBadgePng } from '../../shared/branding/logo-fixtures';
import { entriesOf, tempFolder } from '../files/temp-folder';

/** The handlers over a fresh user-data folder, with an open dialog that answers `chosen`. */
function setUp() {
  const userData = tempFolder();
  const files = tempFolder();
  let chosen: string | null = null;
  const dialogs: string[] = [];
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: userData }),
    chooseSavePath: async () => null,
    chooseOpenPath: async (request) => {
      dialogs.push(request.title);
      return chosen;
    },
  });
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(files, name);
    writeFileSync(path, bytes);
    return path;
  };
  return {
    userData,
    handlers,
    dialogs,
    choose: (path: string | null) => (chosen = path),
    file,
  };
}

async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value;
}

describe('the consultant’s settings, kept by main', () => {
  it('start from the defaults and keep what is typed, across a restart of the handlers', async () => {
    const { handlers, userData } = setUp();
    expect(await value(dispatch(handlers, 'getSettings', null))).toEqual(defaultAppSettings);
    await dispatch(handlers, 'updateSettings', { firmName: 'North Star Consulting' });
    await dispatch(handlers, 'updateSettings', { consultantName: 'Dana Reyes', dateStyle: 'iso' });

    const again = createHandlers({
      appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath: userData }),
      chooseSavePath: async () => null,
    });
    expect(await value(dispatch(again, 'getSettings', null))).toEqual({
      ...defaultAppSettings,
      firmName: 'North Star Consulting',
      consultantName: 'Dana Reyes',
      dateStyle: 'iso',
    });
  });

  it('never loses one of two quick edits', async () => {
    const { handlers } = setUp();
    await Promise.all([
      dispatch(handlers, 'updateSettings', { firmName: 'North Star' }),
      dispatch(handlers, 'updateSettings', { consultantName: 'Dana' }),
    ]);
    expect(await value(dispatch(handlers, 'getSettings', null))).toMatchObject({
      firmName: 'North Star',
      consultantName: 'Dana',
    });
  });

  it('refuses a date style it does not offer, and a 300-character firm name, changing nothing', async () => {
    const { handlers, userData } = setUp();
    await dispatch(handlers, 'updateSettings', { firmName: 'North Star' });
    const before = readFileSync(settingsFilePath(userData), 'utf8');
    for (const patch of [{ dateStyle: 'roman' }, { firmName: 'x'.repeat(300) }]) {
      const result = await dispatch(handlers, 'updateSettings', patch);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(readFileSync(settingsFilePath(userData), 'utf8')).toBe(before);
  });

  it('keeps every readable setting of a damaged file', async () => {
    const { handlers, userData } = setUp();
    writeFileSync(
      settingsFilePath(userData),
      JSON.stringify({ firmName: 'North Star', dateStyle: 'roman', firmLogo: { data: '!!' } }),
    );
    expect(await value(dispatch(handlers, 'getSettings', null))).toEqual({
      ...defaultAppSettings,
      firmName: 'North Star',
    });
    truncateSync(settingsFilePath(userData), 5);
    expect(await value(dispatch(handlers, 'getSettings', null))).toEqual(defaultAppSettings);
  });
});

describe('choosing a logo', () => {
  it('reads and checks the firm’s logo, and keeps it with the settings', async () => {
    const { handlers, choose, file, dialogs } = setUp();
    choose(file('acme-badge.png', tealBadgePng()));
    const outcome = await value(dispatch(handlers, 'chooseFirmLogo', null));
    expect(outcome).toEqual({
      status: 'chosen',
      settings: { ...defaultAppSettings, firmLogo: tealBadgeLogo() },
    });
    expect(dialogs).toEqual(['Choose your firm’s logo']);
    expect(await value(dispatch(handlers, 'removeFirmLogo', null))).toEqual(defaultAppSettings);
  });

  it('hands the client’s logo back to be stored with the engagement', async () => {
    const { handlers, choose, file } = setUp();
    choose(file('north-star.svg', northStarSvg));
    expect(await value(dispatch(handlers, 'chooseClientLogo', null))).toMatchObject({
      status: 'chosen',
      logo: { fileName: 'north-star.svg', mediaType: 'image/svg+xml', width: 120, height: 40 },
    });
    choose(null);
    expect(await value(dispatch(handlers, 'chooseClientLogo', null))).toEqual({
      status: 'cancelled',
    });
  });

  it.each([
    [
      'a file that is not an image',
      'notes.png',
      'Meeting notes',
      'notes.png is not a PNG, JPEG or SVG image.',
    ],
    [
      'an SVG with a script',
      'logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" onload="alert(1)"></svg>',
      'logo.svg holds a script (onload=); a logo must be a picture only.',
    ],
    [
      'an SVG with an external reference',
      'logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><image href="https://example.com/x.png"/></svg>',
      'logo.svg refers to something outside it (https://example.com/x.png); a logo must hold everything it shows.',
    ],
  ])(
    'refuses %s in one sentence and keeps the settings as they were',
    async (_what, name, content, message) => {
      const { handlers, choose, file, userData } = setUp();
      await dispatch(handlers, 'updateSettings', { firmName: 'North Star' });
      const before = entriesOf(userData).map((entry) =>
        readFileSync(join(userData, entry), 'utf8'),
      );
      choose(file(name, content));
      expect(await dispatch(handlers, 'chooseFirmLogo', null)).toEqual({
        ok: false,
        error: { code: 'failed', message },
      });
      expect(await dispatch(handlers, 'chooseClientLogo', null)).toMatchObject({
        ok: false,
        error: { message },
      });
      expect(
        entriesOf(userData).map((entry) => readFileSync(join(userData, entry), 'utf8')),
      ).toEqual(before);
    },
  );

  it('refuses a 40 MB logo from its size, without reading it', async () => {
    const { handlers, choose, file } = setUp();
    const path = file('poster.png', '');
    truncateSync(path, 40 * 1024 * 1024);
    choose(path);
    expect(await dispatch(handlers, 'chooseFirmLogo', null)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'poster.png is 40 MB; a logo can be at most 5 MB.' },
    });
  });

  it('says so when the chosen file has gone', async () => {
    const { handlers, choose } = setUp();
    choose('/nowhere/logo.png');
    expect(await dispatch(handlers, 'chooseClientLogo', null)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'logo.png is no longer there. Choose it again.' },
    });
  });
});
