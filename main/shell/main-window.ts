import { BrowserWindow } from 'electron';
import { guardNavigation } from '../security/navigation-guards';
import { buildWindowOptions } from '../security/window-options';
import type { RendererSource } from './renderer-source';

export function createMainWindow(preloadPath: string, renderer: RendererSource): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(preloadPath));
  guardNavigation(window.webContents, renderer.isRendererUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(renderer.entryUrl);
  return window;
}
