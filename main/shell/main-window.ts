import { BrowserWindow } from 'electron';
import { guardNavigation } from '../security/navigation-guards';
import { buildWindowOptions } from '../security/window-options';
import { appEntryUrl } from './app-origin';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(preloadPath));
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
