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
      | ((
          webContents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: { requestingUrl?: string },
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler:
      ((webContents: unknown, permission: string, requestingOrigin: string) => boolean) | null,
  ): void;
}

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
 * storage, which keeps the client's data from being evicted under disk pressure, and that only
 * for the renderer's own origin.
 */
export function guardPermissions(
  session: PermissionSession,
  isRendererUrl: (url: string) => boolean = isAllowedNavigation,
): void {
  const grants = (permission: string, url: string | undefined) =>
    permission === 'persistent-storage' && url !== undefined && isRendererUrl(url);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(grants(permission, details?.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    grants(permission, requestingOrigin),
  );
}
