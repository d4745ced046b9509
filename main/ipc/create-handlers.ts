import { safeFileName } from '../../shared/documents/file-names';
import type { AppInfo, SaveOutcome } from '../../shared/ipc/contract';
import { buildAgendaDocument } from '../documents/agenda-document';
import {
  marketingPlanExport,
  sessionSummaryExport,
  type DocumentExport,
} from '../documents/document-exports';
import { packDocument } from '../documents/pack-document';
import { createSafetyHandlers } from '../data/safety-handlers';
import type { SafetyFs } from '../data/safety-fs';
import { createEngagementFileHandlers } from '../engagement-file/engagement-file-handlers';
import { describeFileError } from '../files/describe-file-error';
import { writeFileAtomic } from '../files/atomic-write';
import { UserFacingError, type IpcHandlers } from './dispatch';

export interface SaveDialogRequest {
  title: string;
  defaultFileName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface OpenDialogRequest {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** What the handlers need from the platform: Electron in the app, plain functions in tests. */
export interface HandlerPlatform {
  appInfo(): AppInfo;
  /** Asks where to save; resolves to a path, or null when the consultant cancels. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  /** Asks which file to open; resolves to a path, or null when the consultant cancels. */
  chooseOpenPath?: (request: OpenDialogRequest) => Promise<string | null>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  /** The safety copy's file operations; tests replace them (a full disk, the order of writes). */
  safetyFs?: SafetyFs;
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

  const saveExport = (document: DocumentExport) =>
    saveDocument(document.title, document.defaultFileName, document.render);

  return {
    getAppInfo: async () => platform.appInfo(),
    ...createSafetyHandlers(platform),
    ...createEngagementFileHandlers(platform, writeFile),
    exportSessionSummaryDocx: async (snapshot) => saveExport(sessionSummaryExport(snapshot)),
    exportMarketingPlanDocx: async (snapshot) => saveExport(marketingPlanExport(snapshot)),
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
