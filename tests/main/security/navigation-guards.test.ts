import { describe, expect, it, vi } from 'vitest';
import {
  guardPermissions,
  guardNavigation,
  isAllowedNavigation,
  type GuardableContents,
  type PermissionSession,
} from '../../../main/security/navigation-guards';

type NavigationListener = (event: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, NavigationListener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  guardNavigation(contents);
  /** Fires a navigation event; true when the guard prevented it. */
  const fire = (event: 'will-navigate' | 'will-redirect', url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault, url });
    return preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

const appUrl = 'app://session-studio/index.html';

function fakeSession(isRendererUrl?: (url: string) => boolean) {
  let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] = null;
  let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] = null;
  guardPermissions(
    {
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    },
    isRendererUrl,
  );
  return {
    request(permission: string, requestingUrl = appUrl): boolean | undefined {
      let answer: boolean | undefined;
      request?.({}, permission, (granted) => (answer = granted), { requestingUrl });
      return answer;
    },
    check: (permission: string, origin = 'app://session-studio') => check?.({}, permission, origin),
  };
}

const outside = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://another-host/index.html',
  'data:text/html,<p>hi</p>',
  'not a url',
];

describe('navigation guards', () => {
  it('lets the app move within its own origin only', () => {
    expect(isAllowedNavigation('app://session-studio/index.html#/e/1')).toBe(true);
    for (const url of outside) expect(isAllowedNavigation(url), url).toBe(false);
  });

  it('refuses every navigation and redirect away from the app', () => {
    const { fire } = fakeContents();
    for (const url of outside) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
    }
    expect(fire('will-navigate', 'app://session-studio/index.html')).toBe(false);
  });

  it('denies every window.open, even to the app itself', () => {
    const { open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://session-studio/index.html')).toEqual({ action: 'deny' });
  });
});

describe('permission requests', () => {
  const denied = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'unknown',
  ];

  it('denies every request and check except persistent storage', () => {
    const session = fakeSession();
    for (const permission of denied) {
      expect(session.request(permission), permission).toBe(false);
      expect(session.check(permission), permission).toBe(false);
    }
  });

  it('grants persistent storage, so the client’s data is not evicted under disk pressure', () => {
    const session = fakeSession();
    expect(session.request('persistent-storage')).toBe(true);
    expect(session.check('persistent-storage')).toBe(true);
  });

  it('grants persistent storage to the app’s own origin only', () => {
    const session = fakeSession();
    for (const url of outside) {
      expect(session.request('persistent-storage', url), url).toBe(false);
      expect(session.check('persistent-storage', url), url).toBe(false);
    }
  });

  it('grants it to the dev server only when the renderer comes from there', () => {
    const dev = (url: string) => url.startsWith('http://localhost:5173');
    expect(fakeSession().request('persistent-storage', 'http://localhost:5173/')).toBe(false);
    expect(fakeSession(dev).request('persistent-storage', 'http://localhost:5173/')).toBe(true);
    expect(fakeSession(dev).check('persistent-storage', 'http://localhost:5173')).toBe(true);
  });
});
