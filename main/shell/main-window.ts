import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { mainWindowFrame } from '../security/window-options';
import type { RendererSource } from './renderer-source';
import type { PlannedWindow } from './window-placement';

export interface AppWindowOptions {
  isDevelopment: boolean;
  /** The main window's last place, on a display attached now. */
  placement?: PlannedWindow;
  /** Size, place and title; the main window's by default. Never the security settings. */
  frame?: BrowserWindowConstructorOptions;
  /** The renderer's route to open at, e.g. '#/projector'; the start page by default. */
  route?: string;
}

/**
 * The app's window, and every other window of the app (the projector's): one place creates them,
 * so each gets the same security settings. Navigation, window.open, webview and permission guards
 * are attached to every webContents as it is created (security/guard-web-contents.ts).
 */
export function createMainWindow(
  preloadPath: string,
  renderer: RendererSource,
  { isDevelopment, placement, frame = mainWindowFrame(), route = '' }: AppWindowOptions,
): BrowserWindow {
  const window = new BrowserWindow({
    ...frame,
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
  void window.loadURL(`${renderer.entryUrl}${route}`);
  return window;
}
