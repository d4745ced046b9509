import { describe, expect, it } from 'vitest';
import { menuCommands } from '../../../shared/ipc/channels';
import { formatAccelerator } from '../../../shared/shortcuts/format-shortcut';
import { commandForKeys, type KeyPress } from '../../../shared/shortcuts/match-shortcut';
import { menuAccelerator, shortcutCatalog } from '../../../shared/shortcuts/shortcut-catalog';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('platform shortcuts', () => {
  it('answers Ctrl on Windows and Linux and Cmd on a Mac', () => {
    expect(commandForKeys(press('n', { ctrlKey: true }), false)).toBe('new-engagement');
    expect(commandForKeys(press('n', { metaKey: true }), true)).toBe('new-engagement');
    expect(commandForKeys(press('n', { metaKey: true }), false)).toBeUndefined();
    expect(commandForKeys(press('n', { ctrlKey: true }), true)).toBeUndefined();
  });

  it('tells undo from redo by Shift, and takes Ctrl+Y for redo off a Mac', () => {
    expect(commandForKeys(press('z', { ctrlKey: true }), false)).toBe('undo-removal');
    expect(commandForKeys(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'redo-removal',
    );
    expect(commandForKeys(press('y', { ctrlKey: true }), false)).toBe('redo-removal');
    expect(commandForKeys(press('y', { metaKey: true }), true)).toBeUndefined();
  });

  it('moves between worksheets with Ctrl+Page Down/Up, or Cmd+Option+arrows on a Mac', () => {
    expect(commandForKeys(press('PageDown', { ctrlKey: true }), false)).toBe('next-worksheet');
    expect(commandForKeys(press('PageUp', { ctrlKey: true }), false)).toBe('previous-worksheet');
    expect(commandForKeys(press('ArrowDown', { metaKey: true, altKey: true }), true)).toBe(
      'next-worksheet',
    );
    // A bare Page Down scrolls, as ever.
    expect(commandForKeys(press('PageDown'), false)).toBeUndefined();
  });

  it('opens the shortcuts sheet with F1 or Ctrl+/, even where "/" needs Shift', () => {
    expect(commandForKeys(press('F1'), false)).toBe('show-shortcuts');
    expect(commandForKeys(press('/', { ctrlKey: true }), false)).toBe('show-shortcuts');
    expect(commandForKeys(press('/', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'show-shortcuts',
    );
    expect(commandForKeys(press('/'), false)).toBeUndefined();
  });

  it('runs the session with F5 or Ctrl+Shift+Enter, and ignores a plain letter', () => {
    expect(commandForKeys(press('F5'), false)).toBe('run-session');
    expect(commandForKeys(press('Enter', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'run-session',
    );
    expect(commandForKeys(press('e'), false)).toBeUndefined();
  });

  it('gives each shortcut one command and no two shortcuts the same keys', () => {
    for (const isMac of [false, true]) {
      const seen = new Map<string, string>();
      for (const shortcut of shortcutCatalog) {
        expect(menuCommands).toContain(shortcut.command);
        for (const keys of (isMac && shortcut.macKeys) || shortcut.keys) {
          const spelled = formatAccelerator(keys, isMac);
          expect(seen.get(spelled), `${spelled} on ${isMac ? 'macOS' : 'others'}`).toBeUndefined();
          seen.set(spelled, shortcut.command);
        }
      }
    }
  });

  it('writes keys the way each platform does', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatAccelerator('CmdOrCtrl+PageDown', false)).toBe('Ctrl+Page Down');
    expect(formatAccelerator('Cmd+Alt+Down', true)).toBe('⌥⌘↓');
    expect(formatAccelerator('F1', false)).toBe('F1');
    expect(formatAccelerator('CmdOrCtrl+/', false)).toBe('Ctrl+/');
  });

  it('gives the menu the first keys of a command, and none to a command without', () => {
    expect(menuAccelerator('redo-removal', false)).toBe('CmdOrCtrl+Shift+Z');
    expect(menuAccelerator('next-worksheet', true)).toBe('Cmd+Alt+Down');
    expect(menuAccelerator('theme-dark', false)).toBeUndefined();
  });
});
