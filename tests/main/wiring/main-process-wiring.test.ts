import { EventEmitter } from 'node:events';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { engagementFilesOpenedChannel, ipcChannels } from '../../../shared/ipc/channels';
import { tempFolder } from '../files/temp-folder';

// main/index.ts as Electron runs it, with Electron replaced by recording stand-ins: what it
// wires to app events, IPC and the window, checked through the events themselves.
const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const userData = { path: '' };
  class FakeApp extends Emitter {
    isPackaged = false;
    ready = false;
    setPath = (_name: string, path: string) => (userData.path = path);
    getPath = () => userData.path;
    getName = () => 'Session Studio';
    getVersion = () => 'test';
    requestSingleInstanceLock = () => true;
    isReady = () => this.ready;
    quit = () => undefined;
    recentDocuments: string[] = [];
    addRecentDocument = (path: string) => this.recentDocuments.push(path);
    whenReady = () => {
      this.ready = true;
      return Promise.resolve();
    };
  }
  const sent: unknown[][] = [];
  const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const permissionSetters = { request: 0, check: 0 };
  class FakeBrowserWindow {
    static all: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.all;
    webContents = { send: (...args: unknown[]) => sent.push(args) };
    constructor() {
      FakeBrowserWindow.all.push(this);
    }
    on() {}
    once() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized = () => false;
    loadURL = () => Promise.resolve();
  }
  return {
    userData,
    sent,
    handlers,
    permissionSetters,
    app: new FakeApp(),
    FakeBrowserWindow,
    display: {
      id: 1,
      size: { width: 1440, height: 900 },
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
      scaleFactor: 2,
    },
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload: unknown) => unknown) =>
      electron.handlers.set(channel, listener),
  },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => electron.permissionSetters.request++,
      setPermissionCheckHandler: () => electron.permissionSetters.check++,
    },
  },
  dialog: {},
  // One laptop screen: the window opens on it.
  screen: {
    getPrimaryDisplay: () => electron.display,
    getAllDisplays: () => [electron.display],
    getDisplayMatching: () => electron.display,
  },
}));

electron.userData.path = tempFolder();
electron.app.setPath('appData', tempFolder());
await import('../../../main/index');
await electron.app.whenReady();
await new Promise((resolve) => setTimeout(resolve, 0));

const appFrame = { senderFrame: { url: 'app://session-studio/index.html', parent: null } };
const sample = join(import.meta.dirname, '../../../samples/halvorsen-cold-chain.sessionstudio');

describe('the main process as Electron starts it', () => {
  it('opens the window and registers every channel of the contract', () => {
    expect(electron.FakeBrowserWindow.all).toHaveLength(1);
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('guards every webContents created, not only the main window’s', () => {
    const contents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const prevented = vi.fn();
    contents.emit('will-attach-webview', { preventDefault: prevented, url: 'https://x.test/' });
    expect(prevented).toHaveBeenCalledOnce();
  });

  it('takes a file macOS opens, tells the window, and serves it through the import’s checks', async () => {
    const file = join(tempFolder(), 'Halvorsen.sessionstudio');
    copyFileSync(sample, file);
    const event = { preventDefault: vi.fn() };
    electron.sent.length = 0;
    electron.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(electron.sent).toEqual([[engagementFilesOpenedChannel]]);

    const take = electron.handlers.get(ipcChannels.takeOpenedEngagementFile);
    const first = (await take?.(appFrame, null)) as { ok: boolean; value: { status: string } };
    expect(first).toMatchObject({
      ok: true,
      value: { status: 'read', fileName: 'Halvorsen.sessionstudio' },
    });
    expect(electron.app.recentDocuments).toContain(file);
    expect(await take?.(appFrame, null)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('takes the files of a second launch, relative to where it ran', async () => {
    const folder = tempFolder();
    copyFileSync(sample, join(folder, 'Second.sessionstudio'));
    electron.sent.length = 0;
    electron.app.emit(
      'second-instance',
      {},
      ['/opt/Session Studio/session-studio', 'Second.sessionstudio'],
      folder,
    );
    expect(electron.sent).toEqual([[engagementFilesOpenedChannel]]);
    const take = electron.handlers.get(ipcChannels.takeOpenedEngagementFile);
    expect(await take?.(appFrame, null)).toMatchObject({
      ok: true,
      value: { status: 'read', fileName: 'Second.sessionstudio' },
    });
    // Another page may not take them.
    const stranger = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await take?.(stranger, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
