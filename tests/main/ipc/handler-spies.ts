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
    takeOpenedEngagementFile: vi.fn(cancelled),
    readSampleEngagement: vi.fn(cancelled),
    listEngagementTemplates: vi.fn(async () => ({ templates: [] })),
    appendToSafetyCopy: vi.fn(async () => ({ acknowledgedSeq: 0 })),
    getSafetyCopyStatus: vi.fn(
      async () => ({ tables: {}, dataSince: null, notice: null }) as never,
    ),
    readSafetyCopyPage: vi.fn(async () => ({ entries: [], nextOffset: null })),
    exportSessionSummaryDocx: vi.fn(cancelled),
    exportMarketingPlanDocx: vi.fn(cancelled),
    getSettings: vi.fn(async () => defaultAppSettings),
    updateSettings: vi.fn(async () => defaultAppSettings),
    chooseFirmLogo: vi.fn(cancelled),
    removeFirmLogo: vi.fn(async () => defaultAppSettings),
    chooseClientLogo: vi.fn(cancelled),
    ...overrides,
  } satisfies IpcHandlers;
}
