/**
 * Method → channel names of the IPC contract, free of schemas so the sandboxed preload can use it
 * without bundling zod. contract.ts ties each entry to its schemas and the compiler keeps both in step.
 */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  appendToSafetyCopy: 'data:journal-append',
  getSafetyCopyStatus: 'data:recovery-status',
  readSafetyCopyPage: 'data:safety-copy-page',
  exportAgendaDocx: 'agenda:export-docx',
  exportEngagementFile: 'engagement:export-file',
  importEngagementFile: 'engagement:import-file',
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
} as const;

export type IpcChannelMethod = keyof typeof ipcChannels;

/**
 * Main tells the renderer that engagement files were opened from the desktop (a double-click, the
 * command line); the renderer then takes them one at a time with takeOpenedEngagementFile.
 */
export const engagementFilesOpenedChannel = 'engagement:files-opened';

/** Commands main sends to the renderer from the application menu. */
export const menuCommandChannel = 'menu:command';
export const menuCommands = ['new-engagement', 'export-document', 'open-sample'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
