import { guardNavigation, guardPermissions, type GuardableContents } from './navigation-guards';
import type { PermissionSession } from './navigation-guards';

export interface GuardedContents extends GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown;
  readonly session: PermissionSession;
}

/**
 * Run for every webContents the app creates (`web-contents-created`): the main window's and any
 * other (a second window, a devtools page, a webview that slipped through). Each may move only
 * within the renderer, opens no window, attaches no webview, and is granted no permission but
 * persistent storage for the renderer's own origin.
 */
export function guardWebContents(
  contents: GuardedContents,
  isRendererUrl: (url: string) => boolean,
): void {
  guardNavigation(contents, isRendererUrl);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardPermissions(contents.session, isRendererUrl);
}
