import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcContract, ipcMethods } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { dispatch, type IpcHandlers } from './dispatch';
import { isAppUrl } from '../shell/app-origin';
import { isTrustedSender } from './sender-check';

function senderFrameOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
}

/** The only place handlers are registered: every call is sender-checked and parsed. */
export function registerHandlers(
  ipcMain: IpcMain,
  handlers: IpcHandlers,
  isRendererUrl: (url: string) => boolean = isAppUrl,
): void {
  for (const method of ipcMethods) {
    ipcMain.handle(ipcContract[method].channel, (event, payload: unknown) => {
      if (!isTrustedSender(senderFrameOf(event), isRendererUrl)) {
        return fail('forbidden', 'This request did not come from Session Studio.');
      }
      return dispatch(handlers, method, payload);
    });
  }
}
