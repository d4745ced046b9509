import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererSource } from '../../../main/shell/renderer-source';

// The BrowserWindow main creates, captured as Electron would receive it.
const created = vi.hoisted(() => ({
  options: [] as Record<string, unknown>[],
  loaded: [] as string[],
}));
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.options.push(options);
    }
    once() {}
    show() {}
    loadURL(url: string) {
      created.loaded.push(url);
      return Promise.resolve();
    }
  },
}));
const { createMainWindow } = await import('../../../main/shell/main-window');

function mainWindow({
  isDevelopment = false,
  devServerUrl = undefined as string | undefined,
} = {}) {
  created.options.length = 0;
  created.loaded.length = 0;
  createMainWindow(
    '/app/out/preload/index.cjs',
    rendererSource({ isPackaged: !isDevelopment, devServerUrl }),
    { isDevelopment },
  );
  const options = created.options[0] ?? {};
  return { options, web: (options.webPreferences ?? {}) as Record<string, unknown> };
}

describe('the main window as main creates it', () => {
  beforeEach(() => vi.clearAllMocks());

  it('isolates the page from Node: context isolation, sandbox, no Node integration anywhere', () => {
    const { web } = mainWindow();
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('allows no webview, keeps web security on and refuses insecure or experimental content', () => {
    const { web } = mainWindow();
    expect(web).toMatchObject({
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has no developer tools in the packaged app, and has them while developing', () => {
    expect(mainWindow().web.devTools).toBe(false);
    expect(mainWindow({ isDevelopment: true }).web.devTools).toBe(true);
  });

  it('loads only the given preload and the app, and shows the window once it is ready', () => {
    const { options, web } = mainWindow();
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(options).toMatchObject({ show: false, title: 'Session Studio' });
    expect(created.loaded).toEqual(['app://session-studio/index.html']);
  });

  it('loads electron-vite’s dev server under npm run dev', () => {
    mainWindow({ isDevelopment: true, devServerUrl: 'http://localhost:5173' });
    expect(created.loaded).toEqual(['http://localhost:5173/']);
  });
});
