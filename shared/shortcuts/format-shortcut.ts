import { parseAccelerator } from './match-shortcut';

const keyLabels: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  pagedown: 'Page Down',
  pageup: 'Page Up',
  enter: 'Enter',
  escape: 'Esc',
  ' ': 'Space',
};

function keyLabel(key: string): string {
  return keyLabels[key] ?? key.toUpperCase();
}

/** An accelerator as the platform writes it: "Ctrl+Shift+Z" on Windows and Linux, "⇧⌘Z" on a Mac. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const parsed = parseAccelerator(accelerator, isMac);
  const key = keyLabel(parsed.key);
  if (isMac) {
    // Apple's order: Control, Option, Shift, Command.
    return `${parsed.ctrl ? '⌃' : ''}${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.meta ? '⌘' : ''}${key === 'Enter' ? '↩' : key}`;
  }
  return [
    parsed.ctrl ? 'Ctrl' : null,
    parsed.alt ? 'Alt' : null,
    parsed.shift ? 'Shift' : null,
    parsed.meta ? 'Super' : null,
    key,
  ]
    .filter(Boolean)
    .join('+');
}
