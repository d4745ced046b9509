import type { MenuCommand } from '../ipc/channels';
import { keysOf, shortcutCatalog, type Shortcut } from './shortcut-catalog';

/** The parts of a keyboard event a shortcut is matched on (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface ParsedKeys {
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Electron's names for keys, as a DOM KeyboardEvent's `key` spells them. */
const domKeyNames: Record<string, string> = {
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
  return: 'enter',
  esc: 'escape',
  space: ' ',
  plus: '+',
};

/** Reads an accelerator ("CmdOrCtrl+Shift+Z") for one platform. */
export function parseAccelerator(accelerator: string, isMac: boolean): ParsedKeys {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would split into an empty last part: the key is "+".
  const keyName = (parts.pop() || '+').toLowerCase();
  const parsed: ParsedKeys = {
    key: domKeyNames[keyName] ?? keyName,
    ctrl: false,
    meta: false,
    alt: false,
    shift: false,
  };
  for (const modifier of parts.map((part) => part.toLowerCase())) {
    if (modifier === 'cmdorctrl' || modifier === 'commandorcontrol') {
      if (isMac) parsed.meta = true;
      else parsed.ctrl = true;
    } else if (modifier === 'cmd' || modifier === 'command' || modifier === 'super')
      parsed.meta = true;
    else if (modifier === 'ctrl' || modifier === 'control') parsed.ctrl = true;
    else if (modifier === 'alt' || modifier === 'option') parsed.alt = true;
    else if (modifier === 'shift') parsed.shift = true;
  }
  return parsed;
}

const isLetterOrNamedKey = (key: string) => /^[a-z0-9]$/.test(key) || key.length > 1;

function matches(parsed: ParsedKeys, press: KeyPress, key: string): boolean {
  if (key !== parsed.key) return false;
  if (press.ctrlKey !== parsed.ctrl || press.metaKey !== parsed.meta) return false;
  if (press.altKey !== parsed.alt) return false;
  // A punctuation key may need Shift on some keyboard layouts ("/" on a German one): Shift then
  // belongs to the character, not to the shortcut.
  return isLetterOrNamedKey(parsed.key) ? press.shiftKey === parsed.shift : true;
}

/**
 * The catalog with its accelerators read once per platform: every keystroke typed anywhere is
 * matched against it, so it must not parse them all again each time.
 */
const parsedCatalogs = new Map<boolean, { shortcut: Shortcut; keys: ParsedKeys[] }[]>();
function parsedCatalog(isMac: boolean) {
  let parsed = parsedCatalogs.get(isMac);
  if (!parsed) {
    parsed = shortcutCatalog.map((shortcut) => ({
      shortcut,
      keys: keysOf(shortcut, isMac).map((keys) => parseAccelerator(keys, isMac)),
    }));
    parsedCatalogs.set(isMac, parsed);
  }
  return parsed;
}

/** The catalog's shortcut these keys press, if any. */
export function matchShortcut(press: KeyPress, isMac: boolean): Shortcut | undefined {
  const key = press.key.toLowerCase();
  return parsedCatalog(isMac).find(({ keys }) => keys.some((parsed) => matches(parsed, press, key)))
    ?.shortcut;
}

export function commandForKeys(press: KeyPress, isMac: boolean): MenuCommand | undefined {
  return matchShortcut(press, isMac)?.command;
}
