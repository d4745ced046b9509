import type { IpcResult } from '../../../../shared/ipc/result';
import { platformApi } from '../../platform/session-studio-api';
import { journalSender } from './start-safety-copy';

/** Resolves once every change made so far is in main's safety copy (or the copy is stuck). */
export function safetyCopySettled(): Promise<void> {
  return journalSender.settled();
}

/**
 * Asks main for an automatic backup of the current state, once every change so far has reached
 * it: before an import or a database upgrade. Outside the desktop app there is nothing to back up.
 */
export async function backUpCurrentState(
  reason: 'import' | 'schema-migration',
): Promise<IpcResult<unknown>> {
  await safetyCopySettled();
  const taken = await platformApi().takeBackup({ reason });
  return !taken.ok && taken.error.code === 'unavailable' ? { ok: true, value: null } : taken;
}
