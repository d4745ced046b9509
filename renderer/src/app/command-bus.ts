import type { MenuCommand } from '../../../shared/ipc/channels';

/** Lets the open worksheet answer application-menu commands; the latest handler wins. */
type Handler = () => void;
const handlers = new Map<MenuCommand, Handler[]>();
/**
 * What a command does when no worksheet on screen answers it (the workspace's own export, the
 * marketing plan): a worksheet's handler always comes first, whatever order they mounted in.
 */
const fallbacks = new Map<MenuCommand, Handler[]>();

function subscribe(registry: Map<MenuCommand, Handler[]>, command: MenuCommand, handler: Handler) {
  registry.set(command, [...(registry.get(command) ?? []), handler]);
  return () =>
    registry.set(
      command,
      (registry.get(command) ?? []).filter((h) => h !== handler),
    );
}

export function onCommand(command: MenuCommand, handler: Handler): () => void {
  return subscribe(handlers, command, handler);
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
