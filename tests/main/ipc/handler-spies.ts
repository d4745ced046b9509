import { vi } from 'vitest';
import type { IpcHandlers } from '../../../main/ipc/dispatch';
import { defaultAppSettings } from '../../../shared/settings/app-settings';

/** Spies standing in for every handler of the contract; the compiler says when a channel is added. */
export function handlerSpies(overrides: Partial<IpcHandlers> = {}) {
  const cancelled = async () => ({ status: 'cancelled' as const });
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Session Studio', version: '1', userDataPath: '/u' })),
    exportAgendaDocx: vi.fn(cancelled),
    exportEngagementFile: vi.fn(cancelled),
    importEngagementFile: vi.fn(cancelled),
    exportProtectedEngagementFile: vi.fn(cancelled),
    unlockEngagementFile: vi.fn(cancelled),
    takeOpenedEngagementFile: vi.fn(cancelled),
    readSampleEngagement: vi.fn(cancelled),
    listEngagementTemplates: vi.fn(async () => ({ templates: [] })),
    appendToSafetyCopy: vi.fn(async () => ({ acknowledgedSeq: 0 })),
    getSafetyCopyStatus: vi.fn(async () => ({
      units: {},
      dataSince: null,
      notice: null,
      folder: '/u/safety',
    })),
    readSafetyCopyPage: vi.fn(async () => ({ entries: [], nextOffset: null })),
    listBackups: vi.fn(async () => ({ backups: [], damaged: [], folder: '/u', atRest: null })),
    openBackup: vi.fn(cancelled),
    prepareRestore: vi.fn(async () => ({ before: null })),
    readBackupEngagement: vi.fn(async () => {
      throw new Error('No backup is open.');
    }),
    exportFullBackup: vi.fn(cancelled),
    exportProtectedFullBackup: vi.fn(cancelled),
    unlockFullBackup: vi.fn(cancelled),
    takeBackup: vi.fn(async () => ({ takenAt: null })),
    getFullBackupProgress: vi.fn(async () => ({ running: false, stage: null, done: 0, total: 0 })),
    cancelFullBackup: vi.fn(async () => ({ cancelled: false })),
    exportSessionSummaryDocx: vi.fn(cancelled),
    exportMarketingPlanDocx: vi.fn(cancelled),
    getSettings: vi.fn(async () => defaultAppSettings),
    updateSettings: vi.fn(async () => defaultAppSettings),
    chooseFirmLogo: vi.fn(cancelled),
    removeFirmLogo: vi.fn(async () => defaultAppSettings),
    chooseClientLogo: vi.fn(cancelled),
    openProjector: vi.fn(async () => ({ display: 'same' as const })),
    closeProjector: vi.fn(async () => null),
    getExportProgress: vi.fn(async () => ({ running: false, stage: null })),
    cancelExport: vi.fn(async () => ({ cancelled: false })),
    prepareExports: vi.fn(async () => null),
    openSavedFile: vi.fn(async () => null),
    showSavedFile: vi.fn(async () => null),
    setRecentEngagements: vi.fn(async () => null),
    getShellNotices: vi.fn(async () => []),
    ...overrides,
  } satisfies IpcHandlers;
}
