import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../main/ipc/register-handlers';
import { ipcChannels } from '../../../shared/ipc/channels';
import { handlerSpies } from './handler-spies';

type Listener = (event: unknown, payload: unknown) => Promise<unknown> | unknown;

function register() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  const handlers = handlerSpies();
  registerHandlers(ipcMain as unknown as IpcMain, handlers);
  const call = (channel: string, senderFrame: unknown, payload: unknown) =>
    listeners.get(channel)?.({ senderFrame }, payload);
  return { listeners, handlers, call };
}

const appFrame = { url: 'app://session-studio/index.html', parent: null };

describe('handler registration', () => {
  it('registers every channel of the contract', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('answers the app’s own top frame', async () => {
    const { call, handlers } = register();
    expect(await call(ipcChannels.getAppInfo, appFrame, null)).toMatchObject({ ok: true });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });

  it('refuses an iframe, another origin or a vanished frame before parsing anything', async () => {
    const { call, handlers } = register();
    for (const frame of [
      { url: 'app://session-studio/index.html', parent: appFrame },
      { url: 'https://example.com/', parent: null },
      null,
    ]) {
      expect(await call(ipcChannels.getAppInfo, frame, null)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This request did not come from Session Studio.' },
      });
    }
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });
});
