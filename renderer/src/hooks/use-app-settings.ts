import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { AppSettings, AppSettingsPatch } from '../../../shared/settings/app-settings';
import type { IpcResult } from '../../../shared/ipc/result';
import { platformApi } from '../platform/session-studio-api';

/**
 * The consultant's settings live in main (not client data, and the same for every engagement);
 * this keeps the last copy main sent, so every screen showing them agrees after a change.
 */
let current: AppSettings | undefined;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(settings: AppSettings) {
  current = settings;
  for (const listener of listeners) listener();
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function load(): Promise<void> {
  loading ??= platformApi()
    .getSettings(null)
    .then((result) => publish(unwrap(result)))
    .catch(() => {
      loading = null;
    });
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the copy (tests start from main's state again). */
export function resetAppSettingsForTests() {
  current = undefined;
  loading = null;
}

/** The settings (undefined until main answers) and the ways to change them; failures throw. */
export function useAppSettings() {
  const settings = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    void load();
  }, []);
  const update = useCallback(async (patch: AppSettingsPatch) => {
    publish(unwrap(await platformApi().updateSettings(patch)));
  }, []);
  const chooseFirmLogo = useCallback(async () => {
    const outcome = unwrap(await platformApi().chooseFirmLogo(null));
    if (outcome.status === 'chosen') publish(outcome.settings);
  }, []);
  const removeFirmLogo = useCallback(async () => {
    publish(unwrap(await platformApi().removeFirmLogo(null)));
  }, []);
  return { settings, update, chooseFirmLogo, removeFirmLogo };
}
