import { useSyncExternalStore } from 'react';
import { themeStore, type ThemeState } from './theme-store';

export function useTheme(): ThemeState {
  return useSyncExternalStore(themeStore.subscribe, themeStore.get);
}
