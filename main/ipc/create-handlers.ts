import { safeFileName } from '../../shared/documents/file-names';
import type { AppInfo, SaveOutcome } from '../../shared/ipc/contract';
import { buildAgendaDocument } from '../documents/agenda-document';
import { packDocument } from '../documents/pack-document';
import { describeFileError } from '../files/describe-file-error';
import { writeFileAtomic } from '../files/atomic-write';
import { UserFacingError, type IpcHandlers } from './dispatch';

export interface SaveDialogRequest {
  title: string;
  defaultFileName: string;
  filters: { name: string; extensions: string[] }[];
}

/** What the handlers need from the platform: Electron in the app, plain functions in tests. */
export interface HandlerPlatform {
  appInfo(): AppInfo;
  /** Asks where to save; resolves to a path, or null when the consultant cancels. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
}

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

export function createHandlers(platform: HandlerPlatform): IpcHandlers {
  const writeFile = platform.writeFile ?? writeFileAtomic;

  async function saveDocument(
    title: string,
    defaultFileName: string,
    data: () => Promise<Uint8Array>,
  ): Promise<SaveOutcome> {
    const filePath = await platform.chooseSavePath({ title, defaultFileName, filters: wordFilter });
    if (filePath === null) return { status: 'cancelled' };
    const bytes = await data();
    try {
      await writeFile(filePath, bytes);
    } catch (error) {
      throw new UserFacingError(describeFileError(error, filePath));
    }
    return { status: 'saved', filePath };
  }

  return {
    getAppInfo: async () => platform.appInfo(),
    exportAgendaDocx: (snapshot) =>
      saveDocument(
        'Export session agenda',
        safeFileName(
          [snapshot.engagement.clientName, snapshot.session.title, 'Agenda', snapshot.session.date],
          'docx',
        ),
        () => packDocument(buildAgendaDocument(snapshot)),
      ),
  };
}
