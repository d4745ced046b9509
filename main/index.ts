import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createSafetyCopy } from './data/safety-copy';
import { createDocumentWorker } from './documents/document-worker-client';
import { createHandlers } from './ipc/create-handlers';
import { registerHandlers } from './ipc/register-handlers';
import { denyPermissions } from './security/navigation-guards';
import { appScheme } from './shell/app-origin';
import { applicationMenu } from './shell/application-menu';
import { serveAppRequest } from './shell/app-protocol';
import { electronPlatform } from './shell/electron-platform';
import { finishBeforeQuit } from './shell/finish-before-quit';
import { createMainWindow } from './shell/main-window';
import { rendererSource } from './shell/renderer-source';
import { userDataFolder } from './shell/user-data-folder';
import { keepWindowState, planMainWindow } from './shell/window-state-electron';
import type { WindowStateTracking } from './shell/window-state-tracker';

// Wiring only: everything below is tested through the modules it calls.
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const documentWorkerPath = join(here, 'document-worker.js');
// The built renderer over app://; electron-vite's dev server only under `npm run dev`.
const renderer = rendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});

app.setPath('userData', userDataFolder(app.getPath('appData')));
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Held here to be closed at quit: the safety copy folds its journal, the document worker stops.
  const safetyCopy = createSafetyCopy({ userDataPath: app.getPath('userData') });
  const documentWorker = createDocumentWorker({
    spawn: () =>
      new Worker(documentWorkerPath, { workerData: { resourcesPath: process.resourcesPath } }),
  });
  let windowState: WindowStateTracking | null = null;
  finishBeforeQuit(app, () =>
    Promise.all([safetyCopy.closeWithSnapshot(), documentWorker.close(), windowState?.flush()]),
  );
  const menu = applicationMenu(() => mainWindow, process.platform === 'darwin');
  // Said once, at the first start of the renderer: the window moved off a detached display.
  let startNotices: string[] = [];
  const openWindow = async () => {
    const start = await planMainWindow(app.getPath('userData'));
    startNotices = start.planned.notice ? [start.planned.notice] : [];
    const window = createMainWindow(preloadPath, renderer, start.planned);
    windowState = keepWindowState(window, start);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    protocol.handle(appScheme, (request) => serveAppRequest(rendererRoot, request.url));
    denyPermissions(session.defaultSession);
    registerHandlers(
      ipcMain,
      createHandlers({
        ...electronPlatform(() => mainWindow),
        safetyCopy,
        documentBuilder: documentWorker,
        setRecentEngagements: menu.setRecentEngagements,
        shellNotices: () => startNotices.splice(0),
      }),
      renderer.isRendererUrl,
    );
    menu.apply();
    await openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
