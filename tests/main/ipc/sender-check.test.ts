import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/ipc/sender-check';

describe('sender check', () => {
  it('trusts the app’s own top frame, wherever it is in the app', () => {
    expect(isTrustedSender({ url: 'app://session-studio/index.html', isTopFrame: true })).toBe(
      true,
    );
    expect(
      isTrustedSender({
        url: 'app://session-studio/index.html#/e/42/purpose-agenda',
        isTopFrame: true,
      }),
    ).toBe(true);
  });

  it('refuses a frame inside the app, even from the app’s origin', () => {
    expect(isTrustedSender({ url: 'app://session-studio/index.html', isTopFrame: false })).toBe(
      false,
    );
  });

  it('refuses any other origin, a malformed URL, or a missing frame', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///tmp/index.html',
      'app://session-studio.example.com/index.html',
      'app://other/index.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender({ url, isTopFrame: true }), url).toBe(false);
    }
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
