import type { BrowserContext } from '@playwright/test';
import { createHandlers, type HandlerPlatform } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { apiGlobalName } from '../../../shared/ipc/api';
import { ipcChannels, type IpcChannelMethod } from '../../../shared/ipc/channels';
import { crossingScript, packForCrossing, unpackAfterCrossing } from './json-crossing';

/** Sees a call to main and its answer before the page does (a kill test counts what was acknowledged). */
export type CallObserver = (method: IpcChannelMethod, request: unknown, answer: unknown) => void;

/**
 * Stands in for the preload: window.sessionStudio in the page, each call routed to the real
 * main-process handlers in this Node process (zod parsing included), as ipcMain would.
 */
export async function installPreloadBridge(
  context: BrowserContext,
  platform: HandlerPlatform,
  /** A slow laptop: each call waits for this before main answers it. */
  beforeAnswer: (method: IpcChannelMethod) => Promise<void> = async () => undefined,
  observe?: CallObserver,
): Promise<void> {
  const handlers = createHandlers(platform);
  const methodByChannel = new Map<string, IpcChannelMethod>(
    Object.entries(ipcChannels).map(([method, channel]) => [channel, method as IpcChannelMethod]),
  );
  await context.exposeBinding(
    '__sessionStudioInvoke',
    async (_source, channel: string, packed: unknown) => {
      const method = methodByChannel.get(channel);
      if (!method)
        return {
          ok: false,
          error: { code: 'invalid-request', message: `Unknown channel ${channel}` },
        };
      const payload = unpackAfterCrossing(packed);
      const answer = await dispatch(handlers, method, payload);
      await beforeAnswer(method);
      observe?.(method, payload, answer);
      return packForCrossing(answer);
    },
  );
  // Plain script text rather than a function: it must not depend on how this file was compiled.
  await context.addInitScript({ content: bridgeScript(apiGlobalName, ipcChannels) });
}

function bridgeScript(globalName: string, channels: Record<string, string>): string {
  return `(() => {
  const invoke = window.__sessionStudioInvoke;
  ${crossingScript}
  const channels = ${JSON.stringify(channels)};
  const api = {};
  for (const [method, channel] of Object.entries(channels)) {
    api[method] = async (request) =>
      unpack(await invoke(channel, pack(request === undefined ? null : request)));
  }
  // Menu commands arrive as a DOM event the tests dispatch, standing in for webContents.send.
  api.onMenuCommand = (listener) => {
    const handler = (event) => listener(event.detail);
    window.addEventListener('session-studio-menu', handler);
    return () => window.removeEventListener('session-studio-menu', handler);
  };
  // File › Open Recent, standing in for main's message on the menu's channel.
  api.onOpenEngagement = (listener) => {
    const handler = (event) => listener(event.detail);
    window.addEventListener('session-studio-open-engagement', handler);
    return () => window.removeEventListener('session-studio-open-engagement', handler);
  };
  // So does "engagement files were opened from the desktop", standing in for main's push.
  api.onEngagementFilesOpened = (listener) => {
    const handler = () => listener();
    window.addEventListener('session-studio-files-opened', handler);
    return () => window.removeEventListener('session-studio-files-opened', handler);
  };
  Object.defineProperty(window, ${JSON.stringify(globalName)}, { value: Object.freeze(api) });
})();`;
}
