import { app, dialog, shell, type BrowserWindow } from 'electron';
import { safeDefaultFileName } from '../../shared/documents/file-names';
import type { HandlerPlatform } from '../ipc/create-handlers';

/** The handlers' platform seam, backed by Electron's app and native dialogs. */
export function electronPlatform(getWindow: () => BrowserWindow | null): HandlerPlatform {
  return {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      userDataPath: app.getPath('userData'),
    }),
    async chooseSavePath({ title, defaultFileName, filters }) {
      const window = getWindow();
      const options = {
        title,
        // Never a name Windows refuses (NUL, COM1, a trailing dot), whoever built it.
        defaultPath: safeDefaultFileName(defaultFileName),
        filters,
        properties: ['createDirectory' as const],
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const window = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openPath: (filePath) => shell.openPath(filePath),
    showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
    addRecentDocument: (filePath) => app.addRecentDocument(filePath),
  };
}
