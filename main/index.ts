import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { menuCommandChannel } from '../shared/ipc/channels';
import { createSafetyCopy } from './data/safety-copy';
import { createDocumentWorker } from './documents/document-worker-client';
import { createHandlers } from './ipc/create-handlers';
import { registerHandlers } from './ipc/register-handlers';
import { denyPermissions } from './security/navigation-guards';
import { appScheme } from './shell/app-origin';
import { serveAppRequest } from './shell/app-protocol';
import { electronPlatform } from './shell/electron-platform';
import { finishBeforeQuit } from './shell/finish-before-quit';
import { createMainWindow } from './shell/main-window';
import { rendererSource } from './shell/renderer-source';
import { buildMenuTemplate } from './shell/menu';
import { userDataFolder } from './shell/user-data-folder';

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
  finishBeforeQuit(app, () =>
    Promise.all([safetyCopy.closeWithSnapshot(), documentWorker.close()]),
  );

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    protocol.handle(appScheme, (request) => serveAppRequest(rendererRoot, request.url));
    denyPermissions(session.defaultSession);
    registerHandlers(
      ipcMain,
      createHandlers({
        ...electronPlatform(() => mainWindow),
        safetyCopy,
        documentBuilder: documentWorker,
      }),
      renderer.isRendererUrl,
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          (command) => mainWindow?.webContents.send(menuCommandChannel, command),
          process.platform === 'darwin',
        ),
      ),
    );
    mainWindow = createMainWindow(preloadPath, renderer);
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        mainWindow = createMainWindow(preloadPath, renderer);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
