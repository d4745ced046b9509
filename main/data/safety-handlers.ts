import type { SafetyStatusRequest } from '../../shared/data/safety-copy-schemas';
import { UserFacingError } from '../ipc/dispatch';
import { createSafetyCopy, type SafetyCopy } from './safety-copy';
import type { SafetyStore } from './safety-store';
import type { AtRestProtection } from '../crypto/at-rest-protection';
import { protectedSafetyStore } from '../crypto/at-rest-store';
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
    if (error instanceof UserFacingError) throw error;
    console.error('[safety]', error);
    throw new UserFacingError(describeSafetyError(error, folder));
  }
}

export interface SafetyPlatform {
  appInfo(): { userDataPath: string };
  safetyStore?: SafetyStore;
  /** Encryption at rest of the safety folder; the folder is written as it is when absent. */
  atRest?: AtRestProtection;
  /** A copy made by the caller, who closes it at quit. */
  safetyCopy?: SafetyCopy;
}

/**
 * The one safety copy of a user-data folder, made on first use (not when the handlers are
 * registered), for every handler that needs it.
 */
export function lazySafetyCopy(platform: SafetyPlatform): () => SafetyCopy {
  let copy: SafetyCopy | null = platform.safetyCopy ?? null;
  return () =>
    (copy ??= createSafetyCopy({
      userDataPath: platform.appInfo().userDataPath,
      store: platform.atRest
        ? protectedSafetyStore(platform.atRest, platform.safetyStore)
        : platform.safetyStore,
    }));
}

/** Runs a task of the safety copy; a file system failure becomes a sentence for the consultant. */
export function withSafetyErrors<T>(platform: SafetyPlatform, task: () => Promise<T>): Promise<T> {
  return explained(safetyPaths(platform.appInfo().userDataPath).folder, task);
}

/** The IPC handlers of the safety copy; payloads arrive already parsed by dispatch. */
export function createSafetyHandlers(
  platform: SafetyPlatform,
  safetyCopy: () => SafetyCopy = lazySafetyCopy(platform),
) {
  const folder = () => safetyPaths(platform.appInfo().userDataPath).folder;
  return {
    appendToSafetyCopy: (batch: Parameters<SafetyCopy['append']>[0]) =>
      explained(folder(), () => safetyCopy().append(batch)),
    getSafetyCopyStatus: (request: SafetyStatusRequest) =>
      explained(folder(), async () => {
        const status = await safetyCopy().status(request?.libraryDigest ?? null);
        // Whether the copy is encrypted, said once a run when the consultant must know.
        const atRest = (await platform.atRest?.takeNotice()) ?? null;
        return atRest
          ? { ...status, notice: [status.notice, atRest].filter(Boolean).join(' ') }
          : status;
      }),
    readSafetyCopyPage: (request: Parameters<SafetyCopy['page']>[0]) =>
      explained(folder(), () => safetyCopy().page(request)),
  };
}
