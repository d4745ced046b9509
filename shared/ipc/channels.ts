/**
 * Method → channel names of the IPC contract, free of schemas so the sandboxed preload can use it
 * without bundling zod. contract.ts ties each entry to its schemas and the compiler keeps both in step.
 */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  appendToSafetyCopy: 'data:journal-append',
  getSafetyCopyStatus: 'data:recovery-status',
  readSafetyCopyPage: 'data:safety-copy-page',
  listBackups: 'backups:list',
  openBackup: 'backups:open',
  prepareRestore: 'backups:prepare-restore',
  readBackupEngagement: 'backups:read-engagement',
  exportFullBackup: 'backups:export-full',
  exportProtectedFullBackup: 'backups:export-full-protected',
  unlockFullBackup: 'backups:unlock-file',
  takeBackup: 'backups:take',
  getFullBackupProgress: 'backups:get-full-backup-progress',
  cancelFullBackup: 'backups:cancel-full-backup',
  exportAgendaDocx: 'agenda:export-docx',
  exportEngagementFile: 'engagement:export-file',
  importEngagementFile: 'engagement:import-file',
  exportProtectedEngagementFile: 'engagement:export-protected-file',
  unlockEngagementFile: 'engagement:unlock-file',
  readSampleEngagement: 'sample:read-engagement',
  takeOpenedEngagementFile: 'engagement:take-opened-file',
  listEngagementTemplates: 'template:list',
  exportSessionSummaryDocx: 'session-summary:export-docx',
  exportMarketingPlanDocx: 'marketing-plan:export-docx',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  chooseFirmLogo: 'settings:choose-firm-logo',
  removeFirmLogo: 'settings:remove-firm-logo',
  chooseClientLogo: 'branding:choose-client-logo',
  openProjector: 'projector:open',
  closeProjector: 'projector:close',
  getExportProgress: 'export:get-progress',
  cancelExport: 'export:cancel',
  prepareExports: 'export:prepare',
  openSavedFile: 'file:open-saved',
  showSavedFile: 'file:show-saved',
  setRecentEngagements: 'menu:set-recent-engagements',
  getShellNotices: 'shell:get-notices',
} as const;

export type IpcChannelMethod = keyof typeof ipcChannels;

/**
 * Main tells the renderer that engagement files were opened from the desktop (a double-click, the
 * command line); the renderer then takes them one at a time with takeOpenedEngagementFile.
 */
export const engagementFilesOpenedChannel = 'engagement:files-opened';

/** Commands main sends to the renderer from the application menu. */
export const menuCommandChannel = 'menu:command';
export const menuCommands = [
  'new-engagement',
  'export-document',
  'find',
  'undo-removal',
  'redo-removal',
  'next-worksheet',
  'previous-worksheet',
  'run-session',
  'show-shortcuts',
  'theme-system',
  'theme-light',
  'theme-dark',
  'open-sample',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** The renderer's route main opens the projector window at (the renderer shows only the projection there). */
export const projectorWindowRoute = '#/projector';
/** File › Open Recent: main asks the window to open an engagement, on the menu's channel. */
export interface OpenEngagementMessage {
  command: 'open-engagement';
  engagementId: string;
}

export function isOpenEngagementMessage(value: unknown): value is OpenEngagementMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<OpenEngagementMessage>;
  return (
    message.command === 'open-engagement' &&
    typeof message.engagementId === 'string' &&
    message.engagementId.length > 0 &&
    message.engagementId.length <= 200
  );
}
