import { apiGlobalName, type SessionStudioApi } from '../../../shared/ipc/api';
import { ipcMethods } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';

/**
 * The one module that reads window.sessionStudio. Opened outside the desktop app (a plain
 * browser), every call answers with a clear "unavailable" instead of throwing.
 */
function unavailableApi(): SessionStudioApi {
  const methods = Object.fromEntries(
    ipcMethods.map((method) => [
      method,
      async () =>
        fail('unavailable', 'This needs the Session Studio desktop app; it is not available here.'),
    ]),
  );
  const never = () => () => undefined;
  return {
    ...methods,
    onMenuCommand: never,
    onOpenEngagement: never,
    onEngagementFilesOpened: never,
  } as unknown as SessionStudioApi;
}

let override: SessionStudioApi | null = null;

export function platformApi(): SessionStudioApi {
  if (override) return override;
  const exposed = (window as unknown as Record<string, SessionStudioApi | undefined>)[
    apiGlobalName
  ];
  return exposed ?? unavailableApi();
}

/** Component tests swap the platform here, not through globals. */
export function setPlatformApiForTests(api: SessionStudioApi | null) {
  override = api;
}
