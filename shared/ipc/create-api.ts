import type { SessionStudioApi } from './api';
import { ipcChannels, isMenuCommand, isOpenEngagementMessage, type MenuCommand } from './channels';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
export type SubscribeMenu = (listener: (command: unknown) => void) => () => void;
export type SubscribeNudge = (listener: () => void) => () => void;

/**
 * Builds the named API over any transport: ipcRenderer in the preload, a test binding in the
 * end-to-end harness. Requests are sent as given; main parses them.
 */
export function createApi(
  invoke: Invoke,
  subscribeMenu: SubscribeMenu,
  subscribeFilesOpened: SubscribeNudge = () => () => undefined,
): SessionStudioApi {
  const methods = Object.fromEntries(
    Object.entries(ipcChannels).map(([method, channel]) => [
      method,
      (request: unknown) => invoke(channel, request ?? null),
    ]),
  );
  return {
    ...methods,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      return subscribeMenu((command) => {
        if (isMenuCommand(command)) listener(command);
      });
    },
    onOpenEngagement(listener: (engagementId: string) => void) {
      return subscribeMenu((message) => {
        if (isOpenEngagementMessage(message)) listener(message.engagementId);
      });
    },
    onEngagementFilesOpened(listener: () => void) {
      return subscribeFilesOpened(() => listener());
    },
  } as unknown as SessionStudioApi;
}
