import { BrowserWindow } from 'electron';
import { guardNavigation } from '../security/navigation-guards';
import { buildWindowOptions } from '../security/window-options';
import type { RendererSource } from './renderer-source';
import type { PlannedWindow } from './window-placement';

export function createMainWindow(
  preloadPath: string,
  renderer: RendererSource,
  placement?: PlannedWindow,
): BrowserWindow {
  const window = new BrowserWindow({ ...buildWindowOptions(preloadPath), ...placement?.bounds });
  guardNavigation(window.webContents, renderer.isRendererUrl);
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(renderer.entryUrl);
  return window;
}
