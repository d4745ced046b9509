import type { MenuCommand } from '../../../shared/ipc/channels';

/** Lets the open worksheet answer application-menu commands; the latest handler wins. */
type Handler = () => void;
const handlers = new Map<MenuCommand, Handler[]>();
/**
 * What a command does when no worksheet on screen answers it (the workspace's own export, the
 * marketing plan): a worksheet's handler always comes first, whatever order they mounted in.
 */
const fallbacks = new Map<MenuCommand, Handler[]>();

/** A command waiting for the screen that answers it (Find from a worksheet goes to the home). */
let pending: { command: MenuCommand; until: number } | null = null;
const pendingForMs = 3_000;

function subscribe(registry: Map<MenuCommand, Handler[]>, command: MenuCommand, handler: Handler) {
  registry.set(command, [...(registry.get(command) ?? []), handler]);
  return () =>
    registry.set(
      command,
      (registry.get(command) ?? []).filter((h) => h !== handler),
    );
}

export function onCommand(command: MenuCommand, handler: Handler): () => void {
  const stop = subscribe(handlers, command, handler);
  if (pending?.command === command) {
    const waited = pending;
    pending = null;
    if (Date.now() <= waited.until) handler();
  }
  return stop;
}

export function onFallbackCommand(command: MenuCommand, handler: Handler): () => void {
  return subscribe(fallbacks, command, handler);
}

const newest = (registry: Map<MenuCommand, Handler[]>, command: MenuCommand) =>
  registry.get(command)?.at(-1);

/** Runs the newest handler, else the newest fallback; false when nothing on screen handles it. */
export function runCommand(command: MenuCommand): boolean {
  const handler = newest(handlers, command) ?? newest(fallbacks, command);
  if (!handler) return false;
  handler();
  return true;
}

/**
 * Runs the command now if something on screen answers it, else hands it to the next screen that
 * does, within a few seconds (the caller is about to navigate there).
 */
export function deliverCommand(command: MenuCommand): void {
  if (runCommand(command)) return;
  pending = { command, until: Date.now() + pendingForMs };
}
