import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, type GuardedContents } from '../../../main/security/guard-web-contents';
import type { PermissionSession } from '../../../main/security/navigation-guards';
import { isAppUrl } from '../../../main/shell/app-origin';

type Listener = (event: { preventDefault(): void; url: string }) => void;

/** A webContents as `web-contents-created` hands it over, recording what was attached. */
function createdContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] = null;
  const contents: GuardedContents = {
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    setWindowOpenHandler: (handler) => (openHandler = handler),
    session: {
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: () => undefined,
    },
  };
  guardWebContents(contents, isAppUrl);
  const prevented = (event: string, url: string) => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault, url });
    return preventDefault.mock.calls.length > 0;
  };
  const grant = (permission: string, requestingUrl: string) => {
    let answer: boolean | undefined;
    request?.({}, permission, (granted) => (answer = granted), { requestingUrl });
    return answer;
  };
  return { prevented, open: (url: string) => openHandler?.({ url }), grant };
}

describe('the guards on every webContents the app creates', () => {
  it('refuses navigation and redirects away from the app', () => {
    const contents = createdContents();
    expect(contents.prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.prevented('will-navigate', 'app://session-studio/index.html')).toBe(false);
  });

  it('opens no window and attaches no webview', () => {
    const contents = createdContents();
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.prevented('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('grants its session persistent storage for the app’s origin and nothing else', () => {
    const contents = createdContents();
    expect(contents.grant('persistent-storage', 'app://session-studio/index.html')).toBe(true);
    expect(contents.grant('persistent-storage', 'https://example.com/')).toBe(false);
    expect(contents.grant('notifications', 'app://session-studio/index.html')).toBe(false);
  });
});
