import { appEntryUrl, isAppUrl } from './app-origin';

/** Where the window's page comes from, and which URLs are that page. */
export interface RendererSource {
  /** The URL the window loads. */
  entryUrl: string;
  /** True for a URL of the renderer itself: navigation, IPC and permissions trust only these. */
  isRendererUrl(url: string): boolean;
  /** electron-vite's dev server origin while developing (`npm run dev`), else null. */
  devServerOrigin: string | null;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server's origin when the URL is http(s) on this machine, else null. */
export function devServerOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const isHttp = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return isHttp && loopbackHosts.has(parsed.hostname) ? parsed.origin : null;
  } catch {
    return null;
  }
}

function isSameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The built renderer over app://, except in development (`npm run dev`, never a packaged app),
 * where electron-vite's dev server (ELECTRON_RENDERER_URL, on this machine) serves it with hot
 * reload and is trusted as the app, alongside app://.
 */
export function rendererSource({
  isPackaged,
  devServerUrl,
}: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
}): RendererSource {
  const devServerOrigin = isPackaged ? null : devServerOriginOf(devServerUrl);
  if (devServerOrigin === null) {
    return { entryUrl: appEntryUrl, isRendererUrl: isAppUrl, devServerOrigin: null };
  }
  return {
    entryUrl: `${devServerOrigin}/`,
    isRendererUrl: (url) => isAppUrl(url) || isSameOrigin(url, devServerOrigin),
    devServerOrigin,
  };
}
