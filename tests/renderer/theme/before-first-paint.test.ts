import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectorWindowRoute } from '../../../shared/ipc/channels';
import {
  readThemeChoice,
  resolveTheme,
  themeStorageKey,
  type ThemeChoice,
} from '../../../renderer/src/theme/theme-store';

// The plain script index.html runs before the first paint, ahead of the app's own JavaScript.
const beforeFirstPaint = readFileSync(
  join(import.meta.dirname, '../../../renderer/public/before-first-paint.js'),
  'utf8',
);

function systemIs(theme: 'light' | 'dark') {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && theme === 'dark',
    addEventListener: () => undefined,
  }));
}

function runBeforeFirstPaint() {
  // The same as the page's <script>: plain text run in the window.
  new Function(beforeFirstPaint)();
  const root = document.documentElement;
  return { theme: root.dataset.theme, colorScheme: root.style.colorScheme };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.window;
  document.documentElement.style.colorScheme = '';
  window.location.hash = '';
});

describe('the theme painted before the app has loaded', () => {
  const stored: (string | null)[] = ['light', 'dark', 'system', null, 'purple'];
  for (const system of ['light', 'dark'] as const)
    for (const choice of stored)
      it(`is the one the app then applies: stored ${String(choice)}, system ${system}`, () => {
        systemIs(system);
        if (choice !== null) localStorage.setItem(themeStorageKey, choice);
        const expected = resolveTheme(readThemeChoice() as ThemeChoice, system === 'dark');
        expect(runBeforeFirstPaint()).toEqual({ theme: expected, colorScheme: expected });
      });

  it('follows the system when storage is refused', () => {
    systemIs('dark');
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(runBeforeFirstPaint().theme).toBe('dark');
    vi.restoreAllMocks();
  });

  it('marks the projector’s window, which shows nothing of the app’s start', () => {
    systemIs('light');
    runBeforeFirstPaint();
    expect(document.documentElement.dataset.window).toBeUndefined();
    window.location.hash = projectorWindowRoute;
    runBeforeFirstPaint();
    expect(document.documentElement.dataset.window).toBe('projector');
  });
});
