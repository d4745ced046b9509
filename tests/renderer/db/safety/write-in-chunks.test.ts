import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { tableNames, tableSpecs } from '../../../../shared/data/tables';
import type { EngagementFile, AnyRow } from '../../../../shared/engagement-file/format';
import { remapIds } from '../../../../shared/engagement-file/remap-ids';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import { chunksOf } from '../../../../renderer/src/db/safety/write-in-chunks';
import { safetyCopyInMain } from './safety-copy-in-main';

const sample = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../../samples/halvorsen-cold-chain.sessionstudio'),
    'utf8',
  ),
) as EngagementFile;

/** The sample engagement (about 110 KB) as a new engagement of its own. */
function engagementOf(clientName: string) {
  const content = remapIds(sample, randomUUID);
  content.engagement = { ...content.engagement, clientName };
  return content;
}

type Content = ReturnType<typeof engagementOf>;

const rowsOf = (content: Content) => [
  { table: 'engagements' as const, row: content.engagement as AnyRow },
  ...tableNames.flatMap((table) =>
    ((content.tables as unknown as Record<string, AnyRow[] | undefined>)[table] ?? []).map(
      (row) => ({ table, row }),
    ),
  ),
];

/** One launch of the renderer: fresh modules, so a fresh database connection and safety copy. */
async function launch(api: SessionStudioApi) {
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
  const notice = await startSafetyCopy();
  const store = (content: Content) =>
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

async function deleteDatabase(name: string) {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  });
}

const change = (key: string, chars: number): JournalChange => ({
  table: 'sessionNotes',
  key,
  unit: 'engagement',
  row: { id: key, text: 'x'.repeat(chars) },
});

describe('a large write in small transactions', () => {
  it('cuts the changes, in order, into chunks of at most the budget, an oversized one alone', () => {
    const changes = [change('a', 400), change('b', 400), change('c', 3_000), change('d', 10)];
    const chunks = chunksOf(changes, 1_000);
    expect(chunks.map((chunk) => chunk.map((item) => item.key))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
    ]);
  });

  it('completes a restore cut short between two of its transactions at the next start, losing nothing', async () => {
    await deleteDatabase('session-studio');
    const main = safetyCopyInMain();
    const first = await launch(main.api);
    const kept = engagementOf('Kept Ltd');
    const since = engagementOf('Created since the backup');
    await first.store(kept);
    await first.store(since);
    // The backup holds Kept Ltd as it was, and three engagements since removed from this laptop.
    const backedUp = structuredClone(kept);
    backedUp.engagement.title = 'As it was backed up';
    backedUp.tables.sessions[0]!.purpose = 'As it was.';
    await first.engagementRepository.updateDetails(kept.engagement.id, { title: 'Edited since' });
    await first.journalSender.settled();
    // Kept Ltd last, in a transaction the restore does not reach.
    const restored = [
      engagementOf('Alder'),
      engagementOf('Birch'),
      engagementOf('Cedar'),
      backedUp,
    ];

    // The app stops as the restore's second transaction begins.
    const transaction = first.db.transaction.bind(first.db);
    let writes = 0;
    vi.spyOn(first.db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (args[0] === 'rw' && (writes += 1) === 2) throw new Error('The app stopped.');
      return (transaction as (...all: unknown[]) => unknown)(...args);
    }) as typeof first.db.transaction);
    await expect(
      first.backupRestoreRepository.restore(restored, { removeOthers: true }),
    ).rejects.toThrow('The app stopped.');
    vi.restoreAllMocks();
    // Cut short: the database holds only part of the restore.
    expect(await first.db.engagements.get(kept.engagement.id)).toMatchObject({
      title: 'Edited since',
    });
    expect(await first.db.engagements.get(since.engagement.id)).toBeDefined();
    first.db.close();

    const second = await launch(main.api);
    expect(second.notice?.text).toMatch(/^Session Studio restored /);
    for (const content of restored)
      for (const { table, row } of rowsOf(content)) {
        const key = String(row[tableSpecs[table].key]);
        const { updatedAt, ...written } = row as AnyRow & { updatedAt?: number };
        const found = (await second.db.table(table).get(key)) as AnyRow | undefined;
        expect(found, `${table} ${key}`).toMatchObject(written);
        // A restored row counts as changed by the restore: newer than the one it replaced.
        if (typeof updatedAt === 'number')
          expect(found?.updatedAt).toBeGreaterThanOrEqual(updatedAt);
      }
    expect(await second.db.engagements.get(kept.engagement.id)).toMatchObject({
      title: 'As it was backed up',
    });
    // The engagement the backup does not hold stays removed, its sessions with it.
    expect(await second.db.engagements.get(since.engagement.id)).toBeUndefined();
    expect(await second.db.sessions.where('engagementId').equals(since.engagement.id).count()).toBe(
      0,
    );
    await second.journalSender.settled();
    expect(second.saveStatusStore.get()).toMatchObject({ pending: 0, error: null });
    second.db.close();

    // Both copies now agree: the next start finds nothing to restore or send.
    const third = await launch(main.api);
    expect(third.notice).toBeNull();
    expect(await third.db.engagements.count()).toBe(4);
    third.db.close();
    await deleteDatabase('session-studio');
  });
});
