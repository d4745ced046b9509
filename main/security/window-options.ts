import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's size, title and colour. Its security settings are not here: they are written
 * where the window is created (shell/main-window.ts), so reviewers and scanners see them there.
 */
export function mainWindowFrame(): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Session Studio',
    show: false,
    backgroundColor: '#f6f7f9',
  };
}
