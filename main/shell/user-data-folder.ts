import { join } from 'node:path';

/** A fixed folder name, so data stays put whatever the package or executable is called. */
export const userDataFolderName = 'Session Studio';

export function userDataFolder(appDataPath: string): string {
  return join(appDataPath, userDataFolderName);
}
