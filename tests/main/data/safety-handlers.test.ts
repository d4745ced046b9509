import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerPlatform } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { registerHandlers } from '../../../main/ipc/register-handlers';
import { ipcChannels } from '../../../shared/ipc/channels';
import { tempFolder } from '../files/temp-folder';
import {
  batch,
  diskFullOnce,
  engagementRow,
  journalText,
  put,
  sessionRow,
} from './safety-fixtures';

function handlersFor(userDataPath: string, overrides: Partial<HandlerPlatform> = {}) {
  return createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath }),
    chooseSavePath: async () => null,
    ...overrides,
  });
}

describe('appending to the safety copy over IPC', () => {
  it('acknowledges a valid batch once it is in the journal', async () => {
    const folder = tempFolder();
    const sent = batch([put('engagements', engagementRow('e1'))]);
    expect(await dispatch(handlersFor(folder), 'appendToSafetyCopy', sent)).toEqual({
      ok: true,
      value: { acknowledgedSeq: sent.seq },
    });
    expect(journalText(folder)).toContain('"clientName":"Acme Robotics"');
  });

  it.each([
    [
      'a row its table would refuse',
      batch([
        put('engagements', engagementRow('e1')),
        put('sessions', sessionRow('s1', 'e1', 'x'.repeat(501))),
      ]),
      /A change to sessions was refused: Purpose can be at most 500 characters\./,
    ],
    [
      'a table the app does not have',
      { ...batch([]), changes: [{ table: 'passwords', key: 'k', row: { id: 'k' } }] },
      /Session Studio keeps no table of that name\./,
    ],
    [
      'a row filed under another key',
      batch([{ table: 'engagements', key: 'e2', unit: 'e2', row: engagementRow('e1') }]),
      /A change to engagements names another row than it holds\./,
    ],
    [
      'a row filed under another engagement',
      batch([put('sessions', sessionRow('s1', 'e1'), 'e9')]),
      /A change to sessions names another engagement than it holds\./,
    ],
    [
      'more changes than one batch may hold',
      batch(Array.from({ length: 501 }, (_, i) => put('engagements', engagementRow(`e${i}`)))),
      /A batch can hold at most 500 changes\./,
    ],
    ['no changes at all', batch([]), /changes/],
  ])('refuses the whole batch for %s, and writes nothing', async (_what, payload, reason) => {
    const folder = tempFolder();
    const result = await dispatch(handlersFor(folder), 'appendToSafetyCopy', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.message).toMatch(reason);
    expect(journalText(folder)).toBe('');
  });

  it('says plainly when the disk is full, and acknowledges nothing', async () => {
    const folder = tempFolder();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = handlersFor(folder, {
      safetyStore: diskFullOnce('append'),
    });
    const result = await dispatch(
      handlers,
      'appendToSafetyCopy',
      batch([put('engagements', engagementRow('e1'))]),
    );
    logged.mockRestore();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'The disk is full, so Session Studio could not update its safety copy. Free some space.',
      },
    });
    const status = await dispatch(handlers, 'getSafetyCopyStatus', null);
    expect(status).toMatchObject({ ok: true, value: { units: {} } });
  });

  it('refuses a page request beyond the page size', async () => {
    const result = await dispatch(handlersFor(tempFolder()), 'readSafetyCopyPage', {
      unit: 'e1',
      offset: 0,
      limit: 100_000,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers only the app’s own top frame, before parsing anything', async () => {
    const folder = tempFolder();
    const listeners = new Map<string, (event: unknown, payload: unknown) => unknown>();
    const ipcMain = {
      handle: (channel: string, listener: never) => listeners.set(channel, listener),
    };
    registerHandlers(ipcMain as unknown as IpcMain, handlersFor(folder));
    const append = listeners.get(ipcChannels.appendToSafetyCopy);
    const result = await append?.(
      { senderFrame: { url: 'https://example.com/', parent: null } },
      batch([put('engagements', engagementRow('e1'))]),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from Session Studio.' },
    });
    expect(journalText(folder)).toBe('');
  });
});
