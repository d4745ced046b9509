/** The renderer is served from this custom scheme rather than file://. */
export const appScheme = 'app';
export const appHost = 'session-studio';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True when a URL belongs to the app. Compares scheme and host rather than `URL.origin`: Node's
 * URL (main's) knows nothing of Chromium's privileged schemes and gives app:// an opaque "null"
 * origin, so an origin comparison would refuse the app itself.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
