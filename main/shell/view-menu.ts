import type { MenuItemConstructorOptions } from 'electron';

/**
 * The View menu. Reload and the developer tools are there while developing only: in the packaged
 * app a reload would drop what is being typed, and the developer tools open the client's data.
 */
export function viewMenu(
  isDevelopment: boolean,
  /** The app's own items, first (the theme). */
  appItems: MenuItemConstructorOptions[] = [],
): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return {
    label: 'View',
    submenu: [
      ...appItems,
      ...(appItems.length > 0 ? [{ type: 'separator' } as MenuItemConstructorOptions] : []),
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}
