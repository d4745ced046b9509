import { basename } from 'node:path';
import { safeFileName } from '../../shared/documents/file-names';
import { collectEngagementFile } from '../../shared/engagement-file/collect';
import { engagementFileText } from '../../shared/engagement-file/engagement-file-text';
import { engagementFileExtension, engagementFileLimits } from '../../shared/engagement-file/format';
import type { EngagementFileRead } from '../../shared/engagement-file/import-outcome';
import { validateEngagementFile } from '../../shared/engagement-file/validate';
import { describeFileError } from '../files/describe-file-error';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import { readAndCheckEngagementFile } from './check-engagement-file';

type EngagementFileHandlers = Pick<
  IpcHandlers,
  'exportEngagementFile' | 'importEngagementFile' | 'takeOpenedEngagementFile'
>;

const filters = [{ name: 'Session Studio engagement', extensions: [engagementFileExtension] }];

/** The engagement file's two doors: export writes one atomically, import reads and checks one. */
export function createEngagementFileHandlers(
  platform: HandlerPlatform,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>,
): EngagementFileHandlers {
  return {
    async exportEngagementFile(content) {
      const { name, version } = platform.appInfo();
      const exportedAt = new Date();
      const file = collectEngagementFile(content, { exportedAt, app: { name, version } });
      // What is written must import again: the same check an import makes, before the dialog.
      const checked = validateEngagementFile(file);
      if (!checked.ok)
        throw new UserFacingError(
          `This engagement cannot be exported: ${checked.problems.join(' ')} Nothing was written.`,
        );
      const bytes = new TextEncoder().encode(engagementFileText(file));
      if (bytes.byteLength > engagementFileLimits.maxBytes)
        throw new UserFacingError(
          'This engagement is too large for an engagement file, so it could not be imported again. Nothing was written.',
        );
      const filePath = await platform.chooseSavePath({
        title: 'Export engagement file',
        defaultFileName: safeFileName(
          [content.engagement.clientName, content.engagement.title, file.exportedAt.slice(0, 10)],
          engagementFileExtension,
        ),
        filters,
      });
      if (filePath === null) return { status: 'cancelled' };
      try {
        await writeFile(filePath, bytes);
      } catch (error) {
        throw new UserFacingError(describeFileError(error, filePath));
      }
      platform.addRecentDocument?.(filePath);
      return { status: 'saved', filePath };
    },

    async importEngagementFile(): Promise<EngagementFileRead> {
      if (!platform.chooseOpenPath)
        throw new UserFacingError('Opening a file is not available here.');
      const filePath = await platform.chooseOpenPath({ title: 'Import engagement file', filters });
      if (filePath === null) return { status: 'cancelled' };
      return readForImport(filePath, platform);
    },

    // A file opened from the desktop goes through the very same reading and checks.
    async takeOpenedEngagementFile(): Promise<EngagementFileRead> {
      const filePath = platform.openedFiles?.take() ?? null;
      if (filePath === null) return { status: 'cancelled' };
      return readForImport(filePath, platform);
    },
  };
}

/**
 * Reads and checks a file for the renderer to import; nothing is written. A file that passes goes
 * to the system's recent documents.
 */
async function readForImport(
  filePath: string,
  platform: HandlerPlatform,
): Promise<EngagementFileRead> {
  const fileName = basename(filePath);
  const checked = await readAndCheckEngagementFile(filePath);
  if (!checked.ok) return { status: 'refused', fileName, problems: checked.problems };
  platform.addRecentDocument?.(filePath);
  return { status: 'read', fileName, file: checked.file };
}
