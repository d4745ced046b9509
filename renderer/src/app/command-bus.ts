import type { MenuCommand } from '../../../shared/ipc/channels';

/** Lets the open worksheet answer application-menu commands; the latest handler wins. */
type Handler = () => void;
const handlers = new Map<MenuCommand, Handler[]>();

export function onCommand(command: MenuCommand, handler: Handler): () => void {
  handlers.set(command, [...(handlers.get(command) ?? []), handler]);
  return () =>
    handlers.set(
      command,
      (handlers.get(command) ?? []).filter((h) => h !== handler),
    );
}

/** Runs the newest handler; false when nothing on screen handles the command. */
export function runCommand(command: MenuCommand): boolean {
  const list = handlers.get(command) ?? [];
  const handler = list[list.length - 1];
  if (!handler) return false;
  handler();
  return true;
}
