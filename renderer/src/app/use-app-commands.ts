import { useCallback } from 'react';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { openEngagementWhenReady } from '../features/workspace/engagement-workspace-code';
import { themeStore, type ThemeChoice } from '../theme/theme-store';
import { deliverCommand, runCommand } from './command-bus';
import { isEditable } from './editable-target';
import type { Route } from './routes';

interface AppCommandContext {
  route: Route;
  navigate: (route: Route) => void;
  /** A short message when a command has nothing to act on here. */
  notify: (message: string) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
  /** Help › Explore a sample engagement. */
  exploreSample: () => void;
}

const needsEngagement: Partial<Record<MenuCommand, string>> = {
  'export-document': 'Open an engagement to export its agenda, session summary or marketing plan.',
  'next-worksheet': 'Open an engagement to move between its worksheets.',
  'previous-worksheet': 'Open an engagement to move between its worksheets.',
  'run-session': 'Open an engagement to run one of its sessions in facilitator mode.',
};

const themeOfCommand: Partial<Record<MenuCommand, ThemeChoice>> = {
  'theme-system': 'system',
  'theme-light': 'light',
  'theme-dark': 'dark',
};

/** Another modal is open (not the shortcuts sheet): commands wait until it is answered. */
function questionOpen(): boolean {
  return document.querySelector('[aria-modal="true"]:not(.shortcuts-sheet)') !== null;
}

/**
 * What each application command does, whether it came from the menu or the keyboard: the screen
 * on show answers it through the command bus, or it says why it cannot.
 */
export function useAppCommands({
  route,
  navigate,
  notify,
  shortcutsOpen,
  setShortcutsOpen,
  exploreSample,
}: AppCommandContext) {
  const run = useCallback(
    (command: MenuCommand) => {
      const theme = themeOfCommand[command];
      if (theme) {
        themeStore.choose(theme);
        return;
      }
      if (command === 'undo-removal' || command === 'redo-removal') {
        // From the menu while typing (macOS sends Cmd+Z there): the field's own undo.
        if (isEditable(document.activeElement)) {
          document.execCommand(command === 'undo-removal' ? 'undo' : 'redo');
          return;
        }
      }
      if (command === 'show-shortcuts') {
        if (shortcutsOpen || !questionOpen()) setShortcutsOpen(!shortcutsOpen);
        return;
      }
      if (questionOpen()) return;
      // The sheet never stands in the way: any other command closes it and goes ahead.
      setShortcutsOpen(false);
      switch (command) {
        case 'new-engagement':
          navigate({ name: 'home', creating: true, showArchived: false });
          return;
        case 'open-sample':
          exploreSample();
          return;
        case 'find':
          if (runCommand('find')) return;
          navigate({ name: 'home', creating: false, showArchived: false });
          deliverCommand('find');
          return;
        case 'undo-removal':
          if (!runCommand(command)) notify('There is no removal to undo here.');
          return;
        case 'redo-removal':
          if (!runCommand(command)) notify('There is no removal to redo here.');
          return;
        default:
          if (runCommand(command)) return;
          // Facilitator mode is already the session running; moving away is its Escape key.
          if (route.name !== 'facilitate') notify(needsEngagement[command] ?? '');
      }
    },
    [route.name, navigate, notify, shortcutsOpen, setShortcutsOpen, exploreSample],
  );

  // File › Open Recent.
  const openRecent = useCallback(
    (engagementId: string) => {
      if (questionOpen()) {
        notify('Answer or close the open dialog first, then choose the engagement again.');
        return;
      }
      setShortcutsOpen(false);
      void openEngagementWhenReady(navigate, engagementId);
    },
    [navigate, notify, setShortcutsOpen],
  );

  return { run, openRecent };
}
