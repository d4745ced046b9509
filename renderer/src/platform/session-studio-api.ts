import { apiGlobalName, type SessionStudioApi } from '../../../shared/ipc/api';
import { ipcChannels } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';

/**
 * The one module that reads window.sessionStudio. Opened outside the desktop app (a plain
 * browser), every call answers with a clear "unavailable" instead of throwing.
 */
function unavailableApi(): SessionStudioApi {
  const methods = Object.fromEntries(
    // The method names from channels.ts, not the contract: its schemas (all of zod's) are main's
    // to check, and would otherwise be built on every start before the home is shown.
    Object.keys(ipcChannels).map((method) => [
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
