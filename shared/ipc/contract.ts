import { z } from 'zod';
import { logoSchema } from '../branding/logo';
import { agendaSnapshotSchema } from '../documents/agenda-snapshot';
import {
  journalAcknowledgementSchema,
  journalBatchSchema,
  safetyPageRequestSchema,
  safetyPageSchema,
  safetyStatusRequestSchema,
  safetyStatusSchema,
} from '../data/safety-copy-schemas';
import {
  backupEngagementContentSchema,
  backupEngagementRequestSchema,
  backupListSchema,
  backupSourceSchema,
  backupTokenSchema,
  openedBackupSchema,
  restorePreparedSchema,
  takeBackupRequestSchema,
  takenBackupSchema,
} from '../backups/backup-schemas';
import { fullBackupCancelSchema, fullBackupProgressSchema } from '../backups/backup-progress';
import { engagementFileContentSchema } from '../engagement-file/file-schema';
import { engagementFileReadSchema } from '../engagement-file/import-outcome';
import { newPassphraseSchema, passphraseSchema } from '../protection/passphrase';
import {
  exportCancelSchema,
  exportKindRequestSchema,
  exportProgressSchema,
} from '../documents/export-progress';
import { marketingPlanSnapshotSchema } from '../documents/marketing-plan-snapshot';
import { sessionSummarySnapshotSchema } from '../documents/session-summary-snapshot';
import { appSettingsPatchSchema, appSettingsSchema } from '../settings/app-settings';
import { templateListSchema } from '../templates/template-list';
import { ipcChannels, type IpcChannelMethod } from './channels';
import { recentEngagementsSchema, savedFileRequestSchema } from './shell-schemas';

/** The result of asking main to save a document through the native save dialog. */
export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), filePath: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

/** Where the projector window opened: full screen on a second display, or on this one. */
export const projectorOpenedSchema = z.object({ display: z.enum(['second', 'same']) });
export type ProjectorOpened = z.infer<typeof projectorOpenedSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  userDataPath: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A logo the consultant chose in the open dialog, read and checked by main; or nothing chosen. */
const cancelled = z.object({ status: z.literal('cancelled') });
export const firmLogoOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), settings: appSettingsSchema }),
  cancelled,
]);
export const clientLogoOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), logo: logoSchema }),
  cancelled,
]);
export type ClientLogoOutcome = z.infer<typeof clientLogoOutcomeSchema>;

/**
 * The one IPC contract: each method of the preload API, its channel and its schemas.
 * No channel string appears anywhere else.
 */
export const ipcContract = {
  getAppInfo: {
    channel: ipcChannels.getAppInfo,
    request: z.null(),
    response: appInfoSchema,
  },
  // The safety copy: every committed change goes to main's journal too (see main/data).
  appendToSafetyCopy: {
    channel: ipcChannels.appendToSafetyCopy,
    request: journalBatchSchema,
    response: journalAcknowledgementSchema,
  },
  getSafetyCopyStatus: {
    channel: ipcChannels.getSafetyCopyStatus,
    request: safetyStatusRequestSchema,
    response: safetyStatusSchema,
  },
  readSafetyCopyPage: {
    channel: ipcChannels.readSafetyCopyPage,
    request: safetyPageRequestSchema,
    response: safetyPageSchema,
  },
  // Backups: the automatic ones main keeps, full backups to a file, and restoring from either.
  listBackups: { channel: ipcChannels.listBackups, request: z.null(), response: backupListSchema },
  openBackup: {
    channel: ipcChannels.openBackup,
    request: backupSourceSchema,
    response: openedBackupSchema,
  },
  prepareRestore: {
    channel: ipcChannels.prepareRestore,
    request: backupTokenSchema,
    response: restorePreparedSchema,
  },
  readBackupEngagement: {
    channel: ipcChannels.readBackupEngagement,
    request: backupEngagementRequestSchema,
    response: backupEngagementContentSchema,
  },
  exportFullBackup: {
    channel: ipcChannels.exportFullBackup,
    request: z.null(),
    response: saveOutcomeSchema,
  },
  /** The same full backup, sealed with a passphrase (docs/encrypted-files.md). */
  exportProtectedFullBackup: {
    channel: ipcChannels.exportProtectedFullBackup,
    request: z.object({ passphrase: newPassphraseSchema }),
    response: saveOutcomeSchema,
  },
  /** A protected full backup file opened with its passphrase: `locked` again when it is wrong. */
  unlockFullBackup: {
    channel: ipcChannels.unlockFullBackup,
    request: z.object({ ticket: z.string().max(100), passphrase: passphraseSchema }),
    response: openedBackupSchema,
  },
  takeBackup: {
    channel: ipcChannels.takeBackup,
    request: takeBackupRequestSchema,
    response: takenBackupSchema,
  },
  // A full backup to a file under way: how far it has got, and cancelling it.
  getFullBackupProgress: {
    channel: ipcChannels.getFullBackupProgress,
    request: z.null(),
    response: fullBackupProgressSchema,
  },
  cancelFullBackup: {
    channel: ipcChannels.cancelFullBackup,
    request: z.null(),
    response: fullBackupCancelSchema,
  },
  exportAgendaDocx: {
    channel: ipcChannels.exportAgendaDocx,
    request: agendaSnapshotSchema,
    response: saveOutcomeSchema,
  },
  exportEngagementFile: {
    channel: ipcChannels.exportEngagementFile,
    request: engagementFileContentSchema,
    response: saveOutcomeSchema,
  },
  importEngagementFile: {
    channel: ipcChannels.importEngagementFile,
    request: z.null(),
    response: engagementFileReadSchema,
  },
  // Protected with a passphrase (docs/encrypted-files.md): export sealed, import unlocked.
  exportProtectedEngagementFile: {
    channel: ipcChannels.exportProtectedEngagementFile,
    request: z.object({ content: engagementFileContentSchema, passphrase: newPassphraseSchema }),
    response: saveOutcomeSchema,
  },
  unlockEngagementFile: {
    channel: ipcChannels.unlockEngagementFile,
    request: z.object({ ticket: z.string().max(100), passphrase: passphraseSchema }),
    response: engagementFileReadSchema,
  },
  /**
   * The next engagement file opened from the desktop (file association, command line, a second
   * launch), read and checked exactly as an import checks a picked file; `cancelled` when none is
   * waiting. Main holds the paths: the renderer never names a file to read.
   */
  takeOpenedEngagementFile: {
    channel: ipcChannels.takeOpenedEngagementFile,
    request: z.null(),
    response: engagementFileReadSchema,
  },
  /** The sample engagement that ships with the app, read and checked as an import checks a file. */
  readSampleEngagement: {
    channel: ipcChannels.readSampleEngagement,
    request: z.null(),
    response: engagementFileReadSchema,
  },
  /** The templates a new engagement can start from, each ready or refused with its reasons. */
  listEngagementTemplates: {
    channel: ipcChannels.listEngagementTemplates,
    request: z.null(),
    response: templateListSchema,
  },
  exportSessionSummaryDocx: {
    channel: ipcChannels.exportSessionSummaryDocx,
    request: sessionSummarySnapshotSchema,
    response: saveOutcomeSchema,
  },
  exportMarketingPlanDocx: {
    channel: ipcChannels.exportMarketingPlanDocx,
    request: marketingPlanSnapshotSchema,
    response: saveOutcomeSchema,
  },
  // The consultant's settings, kept by main; logos are read and checked by main.
  getSettings: {
    channel: ipcChannels.getSettings,
    request: z.null(),
    response: appSettingsSchema,
  },
  updateSettings: {
    channel: ipcChannels.updateSettings,
    request: appSettingsPatchSchema,
    response: appSettingsSchema,
  },
  chooseFirmLogo: {
    channel: ipcChannels.chooseFirmLogo,
    request: z.null(),
    response: firmLogoOutcomeSchema,
  },
  removeFirmLogo: {
    channel: ipcChannels.removeFirmLogo,
    request: z.null(),
    response: appSettingsSchema,
  },
  chooseClientLogo: {
    channel: ipcChannels.chooseClientLogo,
    request: z.null(),
    response: clientLogoOutcomeSchema,
  },
  /** Opens the projector window (or brings it back); what it shows comes from the app's window. */
  openProjector: {
    channel: ipcChannels.openProjector,
    request: z.null(),
    response: projectorOpenedSchema,
  },
  closeProjector: {
    channel: ipcChannels.closeProjector,
    request: z.null(),
    response: z.null(),
  },
  // A document export under way (one per kind): how far it has got, and cancelling it.
  getExportProgress: {
    channel: ipcChannels.getExportProgress,
    request: exportKindRequestSchema,
    response: exportProgressSchema,
  },
  cancelExport: {
    channel: ipcChannels.cancelExport,
    request: exportKindRequestSchema,
    response: exportCancelSchema,
  },
  // An engagement is open: the document builder gets ready for its first export, at a quiet moment.
  prepareExports: {
    channel: ipcChannels.prepareExports,
    request: z.null(),
    response: z.null(),
  },
  // After a save: the file in its default program, or in its folder (only files main wrote).
  openSavedFile: {
    channel: ipcChannels.openSavedFile,
    request: savedFileRequestSchema,
    response: z.null(),
  },
  showSavedFile: {
    channel: ipcChannels.showSavedFile,
    request: savedFileRequestSchema,
    response: z.null(),
  },
  // File › Open Recent lists what the renderer says was opened last (client data stays in the
  // renderer's database; main keeps the list in memory only). Notices from the shell at start.
  setRecentEngagements: {
    channel: ipcChannels.setRecentEngagements,
    request: recentEngagementsSchema,
    response: z.null(),
  },
  getShellNotices: {
    channel: ipcChannels.getShellNotices,
    request: z.null(),
    response: z.array(z.string()),
  },
} as const satisfies Record<
  IpcChannelMethod,
  { channel: string; request: z.ZodType; response: z.ZodType }
>;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;

export { menuCommandChannel, type MenuCommand } from './channels';

export const ipcMethods = Object.keys(ipcContract) as IpcMethod[];
