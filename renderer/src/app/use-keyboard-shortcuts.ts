import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { matchShortcut } from '../../../shared/shortcuts/match-shortcut';
import { isMac } from '../platform/is-mac';
import { isEditable } from './editable-target';

/**
 * Answers the platform shortcuts (shortcut-catalog.ts) in the window itself, so they work the same
 * in the desktop app, whose menu only shows them, and in tests. A shortcut is consumed, so the
 * browser (or macOS's menu) does not act on it twice; in a text field, undo and redo are left to
 * the field.
 */
export function useKeyboardShortcuts(run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const mac = isMac();
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = matchShortcut(event, mac);
      if (!shortcut) return;
      if (!shortcut.inTextFields && isEditable(event.target)) return;
      event.preventDefault();
      if (event.repeat) return;
      latest.current(shortcut.command);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
