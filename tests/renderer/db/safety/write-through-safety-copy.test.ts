import { describe, expect, it, vi } from 'vitest';
import type { AnyRow } from '../../../../shared/engagement-file/format';
import {
  deleteDatabase,
  engagementOf,
  launchRenderer,
  rowsOf,
  stopAtWrite,
} from './sample-library';
import { safetyCopyInMain } from './safety-copy-in-main';

describe('a restore written through the safety copy', () => {
  it('is completed at the next start when cut short between two of its transactions, losing nothing', async () => {
    await deleteDatabase('session-studio');
    const main = safetyCopyInMain();
    const first = await launchRenderer(main.api);
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

    stopAtWrite(first.db, 2);
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

    const second = await launchRenderer(main.api);
    expect(second.notice?.text).toMatch(/^Session Studio restored /);
    for (const content of restored)
      for (const { table, key, row } of rowsOf(content)) {
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
    const third = await launchRenderer(main.api);
    expect(third.notice).toBeNull();
    expect(await third.db.engagements.count()).toBe(4);
    third.db.close();
    await deleteDatabase('session-studio');
  });

  it('shows saving until main has the whole restore and the database has every row', async () => {
    await deleteDatabase('session-studio');
    const main = safetyCopyInMain();
    const app = await launchRenderer(main.api);
    const restored = [engagementOf('Alder'), engagementOf('Birch'), engagementOf('Cedar')];
    let done = false;
    const pendingSeen: number[] = [];
    const unsubscribe = app.saveStatusStore.subscribe(() => {
      if (!done) pendingSeen.push(app.saveStatusStore.get().pending);
    });
    await app.backupRestoreRepository.restore(restored, { removeOthers: true });
    done = true;
    unsubscribe();
    // Saving throughout; saved only as the restore ends, with every row in both copies.
    expect(pendingSeen.length).toBeGreaterThan(1);
    expect(pendingSeen.slice(0, -1).every((pending) => pending > 0)).toBe(true);
    expect(pendingSeen.at(-1)).toBe(0);
    expect(app.saveStatusStore.get()).toMatchObject({ pending: 0, error: null });
    expect(await app.db.engagements.count()).toBe(3);
    // Main acknowledged it all before the database took it: its copy agrees with the database.
    app.db.close();
    const next = await launchRenderer(main.api);
    expect(next.notice).toBeNull();
    next.db.close();
    await deleteDatabase('session-studio');
  });
});
