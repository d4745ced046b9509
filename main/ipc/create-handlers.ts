import type { AppInfo, SaveOutcome } from '../../shared/ipc/contract';
import type { RecentEngagement } from '../../shared/ipc/shell-schemas';
import {
  agendaExport,
  sessionSummaryExport,
  type DocumentExport,
} from '../documents/document-exports';
import type { DocumentHeading, DocumentOrder } from '../documents/document-order';
import { DocumentCancelledError } from '../documents/document-cancelled-error';
import type { DocumentBuilder } from '../documents/document-job';
import type { AtRestProtection } from '../crypto/at-rest-protection';
import { createExportRuns } from '../documents/export-runs';
import type { SafetyCopy } from '../data/safety-copy';
import { createSafetyHandlers, lazySafetyCopy } from '../data/safety-handlers';
import { createBackupHandlers } from '../backups/backup-handlers';
import type { SafetyStore } from '../data/safety-store';
import { createEngagementFileHandlers } from '../engagement-file/engagement-file-handlers';
import type { OpenedFiles } from '../engagement-file/opened-files';
import { createProjectorHandlers, type ProjectorWindow } from '../projector/projector-handlers';
import { createSampleHandlers } from '../samples/sample-handlers';
import { createTemplateHandlers } from '../samples/template-handlers';
import { defaultSamplesFolder } from '../samples/samples-folder';
import { describeFileError } from '../files/describe-file-error';
import { writeFileAtomic } from '../files/atomic-write';
import { readSettingsFile } from '../settings/settings-file';
import { createSettingsHandlers } from '../settings/settings-handlers';
import { createSavedFileHandlers } from '../files/saved-file-handlers';
import { createSavedFiles } from '../files/saved-files';
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
  /** The safety copy's storage seam; tests replace it (a full disk, the order of writes). */
  safetyStore?: SafetyStore;
  /** The safety copy, when the app holds it to close it at quit; else made on first use. */
  safetyCopy?: SafetyCopy;
  /** Encryption at rest of the safety folder (Electron's safeStorage in the app, a stand-in in tests). */
  atRest?: AtRestProtection;
  /** Engagement files opened from the desktop, waiting to be imported; none when absent. */
  openedFiles?: OpenedFiles;
  /** Builds documents off the main thread in the app; on the caller's thread when absent. */
  documentBuilder?: DocumentBuilder;
  /** Opens a file in its default program; resolves to an error message, empty on success. */
  openPath?: (filePath: string) => Promise<string>;
  /** Shows a file selected in the system's file manager. */
  showItemInFolder?: (filePath: string) => void;
  /** Adds a file to the operating system's recent documents (engagement files). */
  addRecentDocument?: (filePath: string) => void;
  /** Shows these engagements in File › Open Recent. */
  setRecentEngagements?: (engagements: RecentEngagement[]) => void;
  /** What the shell has to tell the consultant at start (the window moved to another display). */
  shellNotices?: () => string[];
  /** The folder of the sample engagement and templates; found beside the app when absent. */
  samplesFolder?: string | null;
  /** The projector window; absent where there is no second window to open. */
  projector?: ProjectorWindow;
}

/**
 * Loaded on first export, so the app's start never loads the document and chart libraries. On the
 * calling thread a cancelled build stops at its next stage.
 */
async function checkHere(order: DocumentOrder): Promise<DocumentHeading> {
  const { parseDocumentOrder } = await import('../documents/document-order');
  const { title, defaultFileName } = parseDocumentOrder(order);
  return { title, defaultFileName };
}

const buildHere: DocumentBuilder = {
  check: checkHere,
  build: async (work, { onStage, signal } = {}) => {
    const { buildDocumentBytes } = await import('../documents/document-job');
    const { jobOf } = await import('../documents/document-order');
    const bytes = await buildDocumentBytes(jobOf(work), (stage) => {
      if (signal?.aborted) throw new DocumentCancelledError();
      onStage?.(stage);
    });
    if (signal?.aborted) throw new DocumentCancelledError();
    return bytes;
  },
};

const wordFilter = [{ name: 'Word document', extensions: ['docx'] }];

export function createHandlers(platform: HandlerPlatform): IpcHandlers {
  const savedFiles = createSavedFiles();
  const write = platform.writeFile ?? writeFileAtomic;
  // Every file main writes for the consultant is remembered, for "Open" and "Show in folder".
  const writeFile = async (filePath: string, data: Uint8Array) => {
    await write(filePath, data);
    savedFiles.remember(filePath);
  };
  const documents = platform.documentBuilder ?? buildHere;
  const exportRuns = createExportRuns();
  const safetyCopy = lazySafetyCopy(platform);
  // The firm's part of every deliverable: the consultant's settings as they are at export.
  const settings = () => readSettingsFile(platform.appInfo().userDataPath);
  const samplesFolder = () =>
    platform.samplesFolder === undefined ? defaultSamplesFolder() : platform.samplesFolder;

  /**
   * Asks where (the snapshot is already parsed, or an order's parsed by the builder first; the
   * builder gets ready meanwhile), builds the document, telling each stage, and writes it
   * atomically. Cancelled before the write begins, it stops the build and writes nothing: there
   * is never a partial file.
   */
  async function saveExport(work: DocumentExport | DocumentOrder): Promise<SaveOutcome> {
    const job = 'job' in work ? work.job : work;
    const run = exportRuns.start(job.kind);
    try {
      documents.prepare?.();
      const { title, defaultFileName } =
        'job' in work ? work : await (documents.check?.(work) ?? checkHere(work));
      if (run.signal.aborted) return { status: 'cancelled' };
      const filePath = await platform.chooseSavePath({
        title,
        defaultFileName,
        filters: wordFilter,
      });
      if (filePath === null || run.signal.aborted) return { status: 'cancelled' };
      let bytes: Uint8Array;
      try {
        bytes = await documents.build(job, { onStage: run.reached, signal: run.signal });
      } catch (error) {
        if (error instanceof DocumentCancelledError) return { status: 'cancelled' };
        throw error;
      }
      if (!run.beginSaving()) return { status: 'cancelled' };
      try {
        await writeFile(filePath, bytes);
      } catch (error) {
        throw new UserFacingError(describeFileError(error, filePath));
      }
      return { status: 'saved', filePath };
    } finally {
      run.end();
    }
  }

  return {
    getAppInfo: async () => platform.appInfo(),
    ...createSafetyHandlers(platform, safetyCopy),
    ...createBackupHandlers(platform, safetyCopy, writeFile),
    ...createEngagementFileHandlers(platform, writeFile),
    ...createSavedFileHandlers(platform, savedFiles),
    setRecentEngagements: async (engagements) => {
      platform.setRecentEngagements?.(engagements);
      return null;
    },
    getShellNotices: async () => platform.shellNotices?.() ?? [],
    ...createSampleHandlers(samplesFolder),
    ...createTemplateHandlers(samplesFolder),
    ...createSettingsHandlers(platform, write),
    exportSessionSummaryDocx: async (snapshot) =>
      saveExport(sessionSummaryExport(snapshot, await settings())),
    // Parsed by the document worker, off main's thread (see dispatch's parsedOffMainThread).
    exportMarketingPlanDocx: async ({ unparsed }) =>
      saveExport({ kind: 'marketing-plan', request: unparsed, settings: await settings() }),
    exportAgendaDocx: async (snapshot) => saveExport(agendaExport(snapshot, await settings())),
    ...createProjectorHandlers(platform.projector),
    getExportProgress: async ({ kind }) => exportRuns.progress(kind),
    cancelExport: async ({ kind }) => ({ cancelled: exportRuns.cancel(kind) }),
    // Not awaited: the warm-up runs on the document worker while the consultant works.
    prepareExports: async () => {
      void documents.warmUp?.();
      return null;
    },
  };
}
