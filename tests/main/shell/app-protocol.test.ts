import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/security/content-security-policy';
import { isAppUrl } from '../../../main/shell/app-origin';
import { resolveAppFile, serveAppRequest } from '../../../main/shell/app-protocol';
import { tempFolder } from '../files/temp-folder';

function rendererFolder(): string {
  const root = join(tempFolder(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Session Studio</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("app")');
  writeFileSync(join(root, '..', 'secret.txt'), 'client data');
  return root;
}

describe('app:// URLs', () => {
  it('recognises the app’s own URLs by scheme and host', () => {
    expect(isAppUrl('app://session-studio/index.html')).toBe(true);
    expect(isAppUrl('app://session-studio')).toBe(true);
    expect(isAppUrl('app://session-studio:80/index.html')).toBe(false);
    expect(isAppUrl('apps://session-studio/index.html')).toBe(false);
    expect(isAppUrl('https://session-studio/index.html')).toBe(false);
    expect(isAppUrl('%%')).toBe(false);
  });
});

describe('resolving app:// requests to files', () => {
  const root = '/opt/session-studio/out/renderer';

  it('maps the app’s URLs into the renderer folder, index.html by default', () => {
    expect(resolveAppFile(root, 'app://session-studio/')).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://session-studio/assets/index.js')).toBe(
      `${root}/assets/index.js`,
    );
    expect(resolveAppFile(root, 'app://session-studio/assets/My%20font.woff2')).toBe(
      `${root}/assets/My font.woff2`,
    );
  });

  it('refuses every path that climbs out of the renderer folder', () => {
    for (const url of [
      'app://session-studio/../../etc/passwd',
      'app://session-studio/%2e%2e/%2e%2e/etc/passwd',
      'app://session-studio/..%2F..%2Fetc%2Fpasswd',
      'app://session-studio/assets/..%2F..%2Fsecret.txt',
      'app://session-studio/..%2Frenderer-evil%2Findex.html',
      'app://session-studio/%2Fetc%2Fpasswd/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    ]) {
      const resolved = resolveAppFile(root, url);
      expect(resolved === null || resolved.startsWith(`${root}/`), `${url} → ${resolved}`).toBe(
        true,
      );
    }
    expect(resolveAppFile(root, 'app://session-studio/..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });

  it('refuses other hosts, malformed URLs and malformed escapes', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
    expect(resolveAppFile(root, 'app://session-studio/%E0%A4%A')).toBeNull();
  });
});

describe('serving app:// requests', () => {
  it('serves the renderer with the strict CSP and no content sniffing', async () => {
    const root = rendererFolder();
    const response = await serveAppRequest(root, 'app://session-studio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Session Studio</title>');

    const script = await serveAppRequest(root, 'app://session-studio/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404 for missing files, escapes from the folder and other hosts', async () => {
    const root = rendererFolder();
    for (const url of [
      'app://session-studio/missing.js',
      'app://session-studio/..%2Fsecret.txt',
      'app://elsewhere/index.html',
      'app://session-studio/%E0%A4%A',
    ]) {
      const response = await serveAppRequest(root, url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('client data');
    }
  });
});
