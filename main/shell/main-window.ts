import { BrowserWindow } from 'electron';
import { mainWindowFrame } from '../security/window-options';
import type { RendererSource } from './renderer-source';
import type { PlannedWindow } from './window-placement';

/**
 * The app's window. Navigation, window.open, webview and permission guards are attached to every
 * webContents as it is created (security/guard-web-contents.ts), this window's included.
 */
export function createMainWindow(
  preloadPath: string,
  renderer: RendererSource,
  { isDevelopment, placement }: { isDevelopment: boolean; placement?: PlannedWindow },
): BrowserWindow {
  const window = new BrowserWindow({
    ...mainWindowFrame(),
    // Where it was last, on a display attached now (window-placement.ts).
    ...placement?.bounds,
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: reviewed, it exposes the contract's named methods only
      // The page never reaches Node: isolated from the preload, sandboxed, no Node anywhere.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      // The developer tools exist in development only.
      devTools: isDevelopment,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(renderer.entryUrl);
  return window;
}
