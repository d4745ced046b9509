import { isAppUrl } from '../shell/app-origin';

/** The renderer is one page: any navigation away from the app's origin is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler:
      | ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler: ((webContents: unknown, permission: string) => boolean) | null,
  ): void;
}

/** Refuses navigation away from the renderer (app://, or the dev server while developing). */
export function guardNavigation(
  contents: GuardableContents,
  isRendererUrl: (url: string) => boolean = isAllowedNavigation,
): void {
  const refuse = (event: { preventDefault(): void; url: string }) => {
    if (!isRendererUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Every permission request is denied (camera, notifications, geolocation…), except persistent
 * storage, which keeps the client's data from being evicted under disk pressure.
 */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(permission === 'persistent-storage');
  });
  session.setPermissionCheckHandler((_contents, permission) => permission === 'persistent-storage');
}
