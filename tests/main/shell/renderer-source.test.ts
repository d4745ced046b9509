import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/ipc/sender-check';
import { devServerOriginOf, rendererSource } from '../../../main/shell/renderer-source';

describe('where the window’s page comes from', () => {
  it('is the built renderer over app:// when no dev server is named', () => {
    const source = rendererSource({ isPackaged: false, devServerUrl: undefined });
    expect(source.entryUrl).toBe('app://session-studio/index.html');
    expect(source.devServerOrigin).toBeNull();
    expect(source.isRendererUrl('app://session-studio/index.html#/e/1')).toBe(true);
    expect(source.isRendererUrl('http://localhost:5173/')).toBe(false);
  });

  it('is electron-vite’s dev server under npm run dev, trusted alongside app://', () => {
    const source = rendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(source.entryUrl).toBe('http://localhost:5173/');
    expect(source.devServerOrigin).toBe('http://localhost:5173');
    expect(source.isRendererUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(source.isRendererUrl('app://session-studio/index.html')).toBe(true);
    for (const url of [
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'https://example.com/',
    ]) {
      expect(source.isRendererUrl(url), url).toBe(false);
    }
    expect(
      isTrustedSender({ url: 'http://localhost:5173/', isTopFrame: true }, source.isRendererUrl),
    ).toBe(true);
    expect(
      isTrustedSender({ url: 'http://localhost:5173/', isTopFrame: false }, source.isRendererUrl),
    ).toBe(false);
  });

  it('never loads a dev server in a packaged app, whatever the environment says', () => {
    const source = rendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173' });
    expect(source.entryUrl).toBe('app://session-studio/index.html');
    expect(source.isRendererUrl('http://localhost:5173/')).toBe(false);
  });

  it('accepts only a dev server on this machine', () => {
    expect(devServerOriginOf('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOriginOf('http://[::1]:5173/')).toBe('http://[::1]:5173');
    for (const url of [
      'https://example.com:5173',
      'http://192.168.1.2:5173',
      'file:///tmp/index.html',
      'app://session-studio/',
      'not a url',
      '',
      undefined,
    ]) {
      expect(devServerOriginOf(url), String(url)).toBeNull();
    }
  });
});
