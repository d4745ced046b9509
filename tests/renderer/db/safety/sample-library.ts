import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { tableNames, tableSpecs } from '../../../../shared/data/tables';
import type { AnyRow, EngagementFile } from '../../../../shared/engagement-file/format';
import { remapIds } from '../../../../shared/engagement-file/remap-ids';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import type { SessionStudioDatabase } from '../../../../renderer/src/db/database';

const sample = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../../samples/halvorsen-cold-chain.sessionstudio'),
    'utf8',
  ),
) as EngagementFile;

/** The sample engagement (about 110 KB) as a new engagement of its own. */
export function engagementOf(clientName: string) {
  const content = remapIds(sample, randomUUID);
  content.engagement = { ...content.engagement, clientName };
  return content;
}

export type SampleContent = ReturnType<typeof engagementOf>;

/** Every row of an engagement's content, with its table and key. */
export const rowsOf = (content: SampleContent) =>
  [
    { table: 'engagements' as const, row: content.engagement as AnyRow },
    ...tableNames.flatMap((table) =>
      ((content.tables as unknown as Record<string, AnyRow[] | undefined>)[table] ?? []).map(
        (row) => ({ table, row }),
      ),
    ),
  ].map(({ table, row }) => ({ table, row, key: String(row[tableSpecs[table].key]) }));

/**
 * One launch of the renderer: fresh modules, so a fresh database connection and safety copy.
 * `beforeStart` runs once the database module is loaded, before the startup check.
 */
export async function launchRenderer(
  api: SessionStudioApi,
  beforeStart: (db: SessionStudioDatabase) => void = () => undefined,
) {
  vi.resetModules();
  const platform = await import('../../../../renderer/src/platform/session-studio-api');
  platform.setPlatformApiForTests(api);
  const { db } = await import('../../../../renderer/src/db/database');
  const { backupRestoreRepository } =
    await import('../../../../renderer/src/db/repositories/backup-restore-repository');
  const { engagementRepository } =
    await import('../../../../renderer/src/db/repositories/engagement-repository');
  const { engagementFileRepository } =
    await import('../../../../renderer/src/db/repositories/engagement-file-repository');
  const { saveStatusStore } = await import('../../../../renderer/src/db/save-status');
  const { startSafetyCopy, journalSender } =
    await import('../../../../renderer/src/db/safety/start-safety-copy');
  beforeStart(db);
  const notice = await startSafetyCopy();
  const store = (content: SampleContent) =>
    engagementFileRepository.importChecked({ ...sample, ...content }, { asCopy: false });
  return {
    db,
    backupRestoreRepository,
    engagementRepository,
    store,
    saveStatusStore,
    journalSender,
    notice,
  };
}

/** Stops the app as the `nth` read-write transaction from now begins. */
export function stopAtWrite(db: SessionStudioDatabase, nth: number) {
  const transaction = db.transaction.bind(db);
  let writes = 0;
  vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
    if (args[0] === 'rw' && (writes += 1) === nth) throw new Error('The app stopped.');
    return (transaction as (...all: unknown[]) => unknown)(...args);
  }) as typeof db.transaction);
}

export async function deleteDatabase(name: string) {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  });
}
