import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { safeFileName } from '../../shared/documents/file-names';
import { collectEngagementFile } from '../../shared/engagement-file/collect';
import {
  engagementFileExtension,
  engagementFileLimits,
  type EngagementFileContent,
} from '../../shared/engagement-file/format';
import { engagementFileText } from '../../shared/engagement-file/engagement-file-text';
import type { EngagementFileRead } from '../../shared/engagement-file/import-outcome';
import { validateEngagementFile } from '../../shared/engagement-file/validate';
import { contentKinds } from '../crypto/content-kinds';
import { startDerivingKeys } from '../crypto/passphrase-envelope';
import { describeFileError } from '../files/describe-file-error';
import type { HandlerPlatform } from '../ipc/create-handlers';
import { UserFacingError, type IpcHandlers } from '../ipc/dispatch';
import { checkEngagementFileBytes, type EngagementFileOutcome } from './check-engagement-file';
import { readEngagementFileBytes } from './read-engagement-file';
import { sealCheckedWithPassphrase } from './seal-check';

type EngagementFileHandlers = Pick<
  IpcHandlers,
  | 'exportEngagementFile'
  | 'importEngagementFile'
  | 'takeOpenedEngagementFile'
  | 'exportProtectedEngagementFile'
  | 'unlockEngagementFile'
>;

const filters = [{ name: 'Session Studio engagement', extensions: [engagementFileExtension] }];

/** A protected file waiting for its passphrase: read once, kept here, never sent to the page. */
interface LockedFile {
  ticket: string;
  filePath: string;
  bytes: Buffer;
}

/**
 * The engagement file's doors: export writes one atomically (protected with a passphrase when
 * asked), import reads and checks one, and a protected one waits here until it is unlocked.
 */
export function createEngagementFileHandlers(
  platform: HandlerPlatform,
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>,
): EngagementFileHandlers {
  let locked: LockedFile | null = null;

  async function exportFile(content: EngagementFileContent, passphrase: string | null) {
    // scrypt's deliberate cost runs on the thread pool while the file is made and checked and the
    // consultant chooses where to save it.
    const keys = passphrase === null ? null : startDerivingKeys(passphrase);
    const { name, version } = platform.appInfo();
    const exportedAt = new Date();
    const file = collectEngagementFile(content, { exportedAt, app: { name, version } });
    // What is written must import again: the same check an import makes, before the dialog.
    const checked = validateEngagementFile(file);
    if (!checked.ok)
      throw new UserFacingError(
        `This engagement cannot be exported: ${checked.problems.join(' ')} Nothing was written.`,
      );
    const text = new TextEncoder().encode(engagementFileText(file));
    if (text.byteLength > engagementFileLimits.maxBytes)
      throw new UserFacingError(
        'This engagement is too large for an engagement file, so it could not be imported again. Nothing was written.',
      );
    const filePath = await platform.chooseSavePath({
      title: passphrase === null ? 'Export engagement file' : 'Export protected engagement file',
      defaultFileName: safeFileName(
        [content.engagement.clientName, content.engagement.title, file.exportedAt.slice(0, 10)],
        engagementFileExtension,
      ),
      filters,
    });
    if (filePath === null) return { status: 'cancelled' as const };
    const bytes =
      keys === null
        ? text
        : await sealCheckedWithPassphrase(text, keys, { contains: contentKinds.engagement });
    try {
      await writeFile(filePath, bytes);
    } catch (error) {
      throw new UserFacingError(describeFileError(error, filePath));
    }
    platform.addRecentDocument?.(filePath);
    return { status: 'saved' as const, filePath };
  }

  /**
   * What the page hears about a checked file; a protected one is kept until it is unlocked. A file
   * that passes goes to the system's recent documents.
   */
  function answer(checked: EngagementFileOutcome, filePath: string, bytes: Buffer) {
    const fileName = basename(filePath);
    if (checked.ok) {
      locked = null;
      platform.addRecentDocument?.(filePath);
      return { status: 'read', fileName, file: checked.file } satisfies EngagementFileRead;
    }
    if (checked.passphrase) {
      const ticket = locked?.bytes === bytes ? locked.ticket : randomUUID();
      locked = { ticket, filePath, bytes };
      const problem = checked.passphrase === 'wrong' ? (checked.problems[0] ?? null) : null;
      return { status: 'locked', fileName, ticket, problem } satisfies EngagementFileRead;
    }
    locked = null;
    return { status: 'refused', fileName, problems: checked.problems } satisfies EngagementFileRead;
  }

  /** Reads and checks a file for the renderer to import (a protected one waits); nothing is written. */
  async function readForImport(filePath: string): Promise<EngagementFileRead> {
    const fileName = basename(filePath);
    const read = await readEngagementFileBytes(filePath);
    if (!read.ok) return { status: 'refused', fileName, problems: [read.problem] };
    return answer(await checkEngagementFileBytes(read.bytes, fileName, null), filePath, read.bytes);
  }

  return {
    exportEngagementFile: (content) => exportFile(content, null),
    exportProtectedEngagementFile: ({ content, passphrase }) => exportFile(content, passphrase),

    async importEngagementFile(): Promise<EngagementFileRead> {
      if (!platform.chooseOpenPath)
        throw new UserFacingError('Opening a file is not available here.');
      const filePath = await platform.chooseOpenPath({ title: 'Import engagement file', filters });
      if (filePath === null) return { status: 'cancelled' };
      return readForImport(filePath);
    },

    // A file opened from the desktop goes through the very same reading and checks.
    async takeOpenedEngagementFile(): Promise<EngagementFileRead> {
      const filePath = platform.openedFiles?.take() ?? null;
      if (filePath === null) return { status: 'cancelled' };
      return readForImport(filePath);
    },

    async unlockEngagementFile({ ticket, passphrase }): Promise<EngagementFileRead> {
      const waiting = locked;
      if (waiting?.ticket !== ticket)
        throw new UserFacingError(
          'That file is no longer waiting for its passphrase. Choose it again with “Import engagement file…”.',
        );
      const fileName = basename(waiting.filePath);
      const checked = await checkEngagementFileBytes(waiting.bytes, fileName, passphrase);
      return answer(checked, waiting.filePath, waiting.bytes);
    },
  };
}
