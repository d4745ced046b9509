import type { MenuCommand } from '../ipc/channels';

export type ShortcutGroup = 'Engagements' | 'Worksheets' | 'Editing' | 'Help';

/** One platform shortcut: the menu shows it, the renderer answers it, the shortcuts sheet lists it. */
export interface Shortcut {
  command: MenuCommand;
  /** What it does, as the menu and the sheet name it. */
  label: string;
  group: ShortcutGroup;
  /** Electron accelerator syntax (CmdOrCtrl+N); the menu shows the first one. */
  keys: readonly string[];
  /** On macOS, where its keys differ from Windows and Linux. */
  macKeys?: readonly string[];
  /**
   * Whether the keys act while typing in a field. Undo and redo of a removal do not: there, the
   * same keys undo and redo the typing.
   */
  inTextFields: boolean;
}

export const shortcutCatalog: readonly Shortcut[] = [
  {
    command: 'new-engagement',
    label: 'New engagement',
    group: 'Engagements',
    keys: ['CmdOrCtrl+N'],
    inTextFields: true,
  },
  {
    command: 'find',
    label: 'Find an engagement, or filter the list on screen',
    group: 'Engagements',
    keys: ['CmdOrCtrl+F'],
    inTextFields: true,
  },
  {
    command: 'export-document',
    label: 'Export the document of the worksheet on screen',
    group: 'Engagements',
    keys: ['CmdOrCtrl+E'],
    inTextFields: true,
  },
  {
    command: 'next-worksheet',
    label: 'Next worksheet',
    group: 'Worksheets',
    keys: ['CmdOrCtrl+PageDown'],
    macKeys: ['Cmd+Alt+Down'],
    inTextFields: true,
  },
  {
    command: 'previous-worksheet',
    label: 'Previous worksheet',
    group: 'Worksheets',
    keys: ['CmdOrCtrl+PageUp'],
    macKeys: ['Cmd+Alt+Up'],
    inTextFields: true,
  },
  {
    command: 'run-session',
    label: 'Run the session in facilitator mode',
    group: 'Worksheets',
    keys: ['F5', 'CmdOrCtrl+Shift+Enter'],
    inTextFields: true,
  },
  {
    command: 'undo-removal',
    label: 'Undo the last removal',
    group: 'Editing',
    keys: ['CmdOrCtrl+Z'],
    inTextFields: false,
  },
  {
    command: 'redo-removal',
    label: 'Redo the last removal',
    group: 'Editing',
    keys: ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'],
    macKeys: ['Cmd+Shift+Z'],
    inTextFields: false,
  },
  {
    command: 'show-shortcuts',
    label: 'Show or hide these keyboard shortcuts',
    group: 'Help',
    keys: ['F1', 'CmdOrCtrl+/'],
    inTextFields: true,
  },
];

export function keysOf(shortcut: Shortcut, isMac: boolean): readonly string[] {
  return isMac && shortcut.macKeys ? shortcut.macKeys : shortcut.keys;
}

export function shortcutFor(command: MenuCommand): Shortcut | undefined {
  return shortcutCatalog.find((shortcut) => shortcut.command === command);
}

/** The accelerator a menu item shows for a command, if it has one. */
export function menuAccelerator(command: MenuCommand, isMac: boolean): string | undefined {
  const shortcut = shortcutFor(command);
  return shortcut ? keysOf(shortcut, isMac)[0] : undefined;
}

/**
 * Keys the app answers that are not menu commands: they are listed on the shortcuts sheet so it
 * tells the whole story.
 */
export const otherKeys: readonly { keys: string; label: string; group: string }[] = [
  { keys: 'Tab / Shift+Tab', label: 'Move to the next or previous control', group: 'Everywhere' },
  { keys: 'Enter / Space', label: 'Press the focused button', group: 'Everywhere' },
  { keys: 'Escape', label: 'Close a dialog or this sheet', group: 'Everywhere' },
  {
    keys: 'Space (on a drag handle), then ↑ / ↓, Space',
    label: 'Pick up a row, move it, drop it',
    group: 'Everywhere',
  },
  { keys: 'Space', label: 'Start or pause the clock', group: 'Facilitator mode' },
  { keys: '→ / Page Down', label: 'Next agenda item', group: 'Facilitator mode' },
  { keys: '← / Page Up', label: 'Previous agenda item', group: 'Facilitator mode' },
  { keys: 'Escape', label: 'Leave facilitator mode', group: 'Facilitator mode' },
];
