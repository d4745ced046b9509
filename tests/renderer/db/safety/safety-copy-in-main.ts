import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSafetyHandlers } from '../../../../main/data/safety-handlers';
import { dispatch, type IpcHandlers } from '../../../../main/ipc/dispatch';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { ipcMethods, type IpcMethod } from '../../../../shared/ipc/contract';
import { fail } from '../../../../shared/ipc/result';

/**
 * The real safety copy of main, in a temporary user-data folder, behind the same zod-validating
 * dispatcher the app uses, offered to the renderer as its platform API.
 */
export function safetyCopyInMain(userDataPath = mkdtempSync(join(tmpdir(), 'session-studio-'))) {
  const handlers = createSafetyHandlers({
    appInfo: () => ({ userDataPath }),
  }) as unknown as IpcHandlers;
  const safetyMethods = new Set<IpcMethod>([
    'appendToSafetyCopy',
    'getSafetyCopyStatus',
    'readSafetyCopyPage',
  ]);
  const api = Object.fromEntries(
    ipcMethods.map((method) => [
      method,
      (payload: unknown) =>
        safetyMethods.has(method)
          ? dispatch(handlers, method, payload ?? null)
          : Promise.resolve(fail('unavailable', 'Not in this test.')),
    ]),
  ) as unknown as SessionStudioApi;
  return {
    userDataPath,
    api: {
      ...api,
      onMenuCommand: () => () => undefined,
      onEngagementFilesOpened: () => () => undefined,
    } as SessionStudioApi,
  };
}
