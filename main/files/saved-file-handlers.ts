import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import type { SavedFiles } from './saved-files';

type SavedFileHandlers = Pick<IpcHandlers, 'openSavedFile' | 'showSavedFile'>;

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** After a save: open the file in its default program (Word), or show it in its folder. */
export function createSavedFileHandlers(
  platform: HandlerPlatform,
  saved: SavedFiles,
): SavedFileHandlers {
  async function checked(filePath: string): Promise<string> {
    if (!saved.has(filePath))
      throw new UserFacingError(
        'Session Studio opens only files it saved itself since it started. Export the document again to open it.',
      );
    if (!(await isFile(filePath)))
      throw new UserFacingError(
        `“${basename(filePath)}” is no longer in ${dirname(filePath)}: it was moved, renamed or deleted after it was saved. Export it again to open it.`,
      );
    return filePath;
  }

  return {
    async openSavedFile({ filePath }) {
      if (!platform.openPath) throw new UserFacingError('Opening a file is not available here.');
      const problem = await platform.openPath(await checked(filePath));
      if (problem)
        throw new UserFacingError(
          `“${basename(filePath)}” could not be opened: ${problem} It is saved in ${dirname(filePath)}.`,
        );
      return null;
    },
    async showSavedFile({ filePath }) {
      if (!platform.showItemInFolder)
        throw new UserFacingError('Showing a file in its folder is not available here.');
      platform.showItemInFolder(await checked(filePath));
      return null;
    },
  };
}
