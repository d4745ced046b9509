import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { appHost } from './app-origin';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** Maps an app:// URL to a file inside the renderer folder, or null when it points elsewhere. */
export function resolveAppFile(rendererRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // Malformed percent-encoding: a 404, not a failed request.
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = normalize(rendererRoot + sep);
  const candidate = normalize(join(root, relative));
  return candidate.startsWith(root) ? candidate : null;
}

/** Serves the built renderer for app:// requests, with the CSP on every response. */
export async function serveAppRequest(rendererRoot: string, url: string): Promise<Response> {
  const filePath = resolveAppFile(rendererRoot, url);
  if (filePath === null) return new Response('Not found', { status: 404 });
  try {
    const data = await readFile(filePath);
    return new Response(data, {
      headers: {
        'content-type': mimeTypes[extname(filePath)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
