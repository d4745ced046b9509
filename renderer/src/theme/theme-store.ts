/**
 * The light or dark theme: it follows the operating system unless the consultant picks one. The
 * choice is a preference of this laptop's app, kept in the renderer's own storage and never in
 * client data (engagement files, backups, the safety copy).
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = 'light' | 'dark';

export const themeStorageKey = 'session-studio.theme';
const darkQuery = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage refused (a locked-down profile): the theme simply follows the system.
  }
}

export function readThemeChoice(): ThemeChoice {
  const stored = storage()?.getItem(themeStorageKey);
  return isThemeChoice(stored) ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches;
}

export interface ThemeState {
  choice: ThemeChoice;
  /** The theme on screen. */
  theme: Theme;
  /** The operating system's own, which "system" follows. */
  system: Theme;
}

let state: ThemeState = { choice: 'system', theme: 'light', system: 'light' };
const listeners = new Set<() => void>();

function apply(choice: ThemeChoice): void {
  const system = resolveTheme('system', systemPrefersDark());
  state = { choice, theme: choice === 'system' ? system : choice, system };
  const root = document.documentElement;
  root.dataset.theme = state.theme;
  root.style.colorScheme = state.theme;
  for (const listener of listeners) listener();
}

export const themeStore = {
  get: (): ThemeState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  choose(choice: ThemeChoice): void {
    if (choice === 'system') storage()?.removeItem(themeStorageKey);
    else storage()?.setItem(themeStorageKey, choice);
    apply(choice);
  },
};

/** Applies the stored choice before the first paint and follows the system's changes. */
export function startTheme(): void {
  apply(readThemeChoice());
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia(darkQuery).addEventListener('change', () => apply(state.choice));
  // Another window of the app changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key === themeStorageKey || event.key === null) apply(readThemeChoice());
  });
}
