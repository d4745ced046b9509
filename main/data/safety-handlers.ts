import { UserFacingError } from '../ipc/dispatch';
import { createSafetyCopy, type SafetyCopy } from './safety-copy';
import type { SafetyStore } from './safety-store';
import { safetyPaths } from './safety-paths';

/** A sentence for the consultant about why the safety copy could not be written or read. */
export function describeSafetyError(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full, so Session Studio could not update its safety copy. Free some space.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Session Studio may not write its safety copy in ${folder}.`;
    default:
      return `Session Studio could not update its safety copy in ${folder}${code ? ` (${code})` : ''}.`;
  }
}

async function explained<T>(folder: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    console.error('[safety]', error);
    throw new UserFacingError(describeSafetyError(error, folder));
  }
}

/**
 * The IPC handlers of the safety copy; payloads arrive already parsed by dispatch. The copy is
 * created, and read from disk, on the first call, not when the handlers are registered.
 */
export function createSafetyHandlers(platform: {
  appInfo(): { userDataPath: string };
  safetyStore?: SafetyStore;
  /** A copy made by the caller, who closes it at quit. */
  safetyCopy?: SafetyCopy;
}) {
  let copy: SafetyCopy | null = platform.safetyCopy ?? null;
  const folder = () => safetyPaths(platform.appInfo().userDataPath).folder;
  const safetyCopy = () =>
    (copy ??= createSafetyCopy({
      userDataPath: platform.appInfo().userDataPath,
      store: platform.safetyStore,
    }));
  return {
    appendToSafetyCopy: (batch: Parameters<SafetyCopy['append']>[0]) =>
      explained(folder(), () => safetyCopy().append(batch)),
    getSafetyCopyStatus: () => explained(folder(), () => safetyCopy().status()),
    readSafetyCopyPage: (request: Parameters<SafetyCopy['page']>[0]) =>
      explained(folder(), () => safetyCopy().page(request)),
  };
}
