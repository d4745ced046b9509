import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { engagementFilesOpenedChannel } from '../shared/ipc/channels';
import { atRestProtection } from './crypto/at-rest-protection';
import { protectedSafetyStore } from './crypto/at-rest-store';
import { createSafetyCopy } from './data/safety-copy';
import { createDocumentWorker } from './documents/document-worker-client';
import { createOpenedFiles } from './engagement-file/opened-files';
import { createHandlers } from './ipc/create-handlers';
import { registerHandlers } from './ipc/register-handlers';
import { guardWebContents } from './security/guard-web-contents';
import { guardPermissions } from './security/navigation-guards';
import { appScheme } from './shell/app-origin';
import { applicationMenu } from './shell/application-menu';
import { serveAppRequest } from './shell/app-protocol';
import { electronKeystore } from './shell/electron-keystore';
import { electronPlatform } from './shell/electron-platform';
import { receiveOpenedFiles } from './shell/file-association';
import { finishBeforeQuit } from './shell/finish-before-quit';
import { createMainWindow } from './shell/main-window';
import { createProjectorWindow } from './shell/projector-window';
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
// Reload and the developer tools only outside the packaged app.
const isDevelopment = !app.isPackaged;

app.setPath('userData', userDataFolder(app.getPath('appData')));
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Held here to be closed at quit: the safety copy folds its journal, the document worker stops.
  // Encrypted at rest with a key the operating system's keystore holds (settled after ready).
  const atRest = atRestProtection({
    userDataPath: app.getPath('userData'),
    keystore: electronKeystore(),
  });
  const safetyCopy = createSafetyCopy({
    userDataPath: app.getPath('userData'),
    store: protectedSafetyStore(atRest),
  });
  const documentWorker = createDocumentWorker({
    spawn: () =>
      new Worker(documentWorkerPath, { workerData: { resourcesPath: process.resourcesPath } }),
  });
  let windowState: WindowStateTracking | null = null;
  finishBeforeQuit(app, () =>
    Promise.all([safetyCopy.closeWithSnapshot(), documentWorker.close(), windowState?.flush()]),
  );
  const menu = applicationMenu(() => mainWindow, process.platform === 'darwin', isDevelopment);
  // Said once, at the first start of the renderer: the window moved off a detached display.
  let startNotices: string[] = [];

  const projector = createProjectorWindow({
    preloadPath,
    renderer,
    isDevelopment,
    laptopWindow: () => mainWindow,
  });
  const openWindow = async () => {
    const start = await planMainWindow(app.getPath('userData'));
    startNotices = start.planned.notice ? [start.planned.notice] : [];
    const window = createMainWindow(preloadPath, renderer, {
      isDevelopment,
      placement: start.planned,
    });
    windowState = keepWindowState(window, start);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      // The projector follows this window: it does not outlive it.
      projector.close();
    });
    mainWindow = window;
  };
  const bringToFront = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  // Engagement files opened from the desktop go to the window, which imports them in turn (it
  // also asks for any waiting when it loads); with no window, one opens.
  const openedFiles = createOpenedFiles();
  const receive = receiveOpenedFiles(openedFiles, () => {
    if (mainWindow) {
      mainWindow.webContents.send(engagementFilesOpenedChannel);
      bringToFront();
    } else if (app.isReady()) void openWindow();
  });
  receive(process.argv.slice(1), process.cwd());
  app.on('open-file', (event, path) => {
    event.preventDefault();
    receive([path], process.cwd());
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    receive(argv.slice(1), workingDirectory);
    bringToFront();
  });

  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, renderer.isRendererUrl),
  );

  void app.whenReady().then(() => {
    protocol.handle(appScheme, (request) => serveAppRequest(rendererRoot, request.url));
    guardPermissions(session.defaultSession, renderer.isRendererUrl);
    registerHandlers(
      ipcMain,
      createHandlers({
        ...electronPlatform(() => mainWindow),
        safetyCopy,
        atRest,
        documentBuilder: documentWorker,
        openedFiles,
        projector,
        setRecentEngagements: menu.setRecentEngagements,
        shellNotices: () => startNotices.splice(0),
      }),
      renderer.isRendererUrl,
    );
    menu.apply();
    void openWindow();
    // Beside the window's loading, so its startup check finds the safety copy already read.
    void safetyCopy.load();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
