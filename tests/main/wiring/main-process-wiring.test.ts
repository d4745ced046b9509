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
    loaded = '';
    listeners = new Map<string, () => void>();
    constructor(readonly options: Record<string, unknown> = {}) {
      FakeBrowserWindow.all.push(this);
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
    }
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    getNormalBounds = () => this.getBounds();
    isMaximized = () => false;
    isDestroyed = () => false;
    close() {
      this.listeners.get('closed')?.();
    }
    once() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized = () => false;
    loadURL = (url: string) => {
      this.loaded = url;
      return Promise.resolve();
    };
  }
  // The laptop's screen and a projector beside it.
  const laptopBounds = { x: 0, y: 0, width: 1440, height: 900 };
  const projectorBounds = { x: 1440, y: 0, width: 1920, height: 1080 };
  const display = (id: number, bounds: typeof laptopBounds) => ({
    id,
    bounds,
    workArea: bounds,
    size: { width: bounds.width, height: bounds.height },
  });
  const laptop = display(1, laptopBounds);
  const projector = display(2, projectorBounds);
  const { EventEmitter: ScreenEmitter } = await import('node:events');
  const screen = Object.assign(new ScreenEmitter(), {
    getAllDisplays: () => [laptop, projector],
    getPrimaryDisplay: () => laptop,
    getDisplayMatching: () => laptop,
  });
  return {
    userData,
    sent,
    handlers,
    permissionSetters,
    app: new FakeApp(),
    FakeBrowserWindow,
    screen,
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
  screen: electron.screen,
  // No keystore here: the safety copy would be written unencrypted, and the consultant told.
  safeStorage: {
    isAsyncEncryptionAvailable: async () => false,
    getSelectedStorageBackend: () => 'basic_text',
  },
}));

electron.userData.path = tempFolder();
electron.app.setPath('appData', tempFolder());
await import('../../../main/index');
await electron.app.whenReady();
// The window opens once its last place is read from disk.
await vi.waitFor(() => expect(electron.FakeBrowserWindow.all.length).toBeGreaterThan(0));

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

  it('opens the projector as a second window with the same security settings, full screen on the second display, and closes it when that display is unplugged', async () => {
    const open = electron.handlers.get(ipcChannels.openProjector);
    expect(await open?.(appFrame, null)).toEqual({ ok: true, value: { display: 'second' } });
    const [main, projector] = electron.FakeBrowserWindow.all;
    expect(electron.FakeBrowserWindow.all).toHaveLength(2);
    expect(projector?.options.webPreferences).toEqual(main?.options.webPreferences);
    expect(projector?.options).toMatchObject({ x: 1440, y: 0, fullscreen: true });
    expect(projector?.loaded).toBe(`${main?.loaded}#/projector`);
    // Asked again, the same window comes back.
    expect(await open?.(appFrame, null)).toEqual({ ok: true, value: { display: 'second' } });
    expect(electron.FakeBrowserWindow.all).toHaveLength(2);

    const close = vi.spyOn(projector as { close(): void }, 'close');
    electron.screen.emit('display-removed', {}, { id: 1 });
    expect(close).not.toHaveBeenCalled();
    electron.screen.emit('display-removed', {}, { id: 2 });
    expect(close).toHaveBeenCalledOnce();
    expect(electron.screen.listenerCount('display-removed')).toBe(0);
    // Another page may not open it.
    const stranger = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await open?.(stranger, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
