import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import { backgroundNotice } from '../../../../renderer/src/db/safety/check-in-background';
import { readLocalDigests } from '../../../../renderer/src/db/safety/reconcile';
import { unitDigestsTable } from '../../../../renderer/src/db/safety/unit-digests';
import {
  unitsPerBatch,
  verifyInBackground,
} from '../../../../renderer/src/db/safety/verify-in-background';
import { clientTables } from '../../../../renderer/src/db/engagement-rows';
import { tableNames } from '../../../../shared/data/tables';
import { mainHolding, withoutJournal } from './main-holding';
import { engagementDetails, firstSession, recordCommittedChanges } from './recorded-changes';

const committed = recordCommittedChanges();

async function check(
  main: Awaited<ReturnType<typeof mainHolding>>,
  idle: () => Promise<void> = async () => undefined,
) {
  const sent = vi.fn();
  const result = await verifyInBackground({
    idle,
    status: main.status,
    read: main.read,
    send: sent,
  });
  return { result, sent };
}

describe('the full check in the background', () => {
  it('reads nothing from main when every digest matches its rows', async () => {
    await engagementRepository.create(engagementDetails('Acme'), firstSession);
    await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    const main = await mainHolding(committed);
    const { result, sent } = await check(main);
    expect(result).toEqual({ corrected: 0, restoredRows: 0, restoredEngagements: 0, sent: 0 });
    expect(main.read).not.toHaveBeenCalled();
    expect(sent).not.toHaveBeenCalled();
  });

  it('waits for a quiet moment between slices of a large engagement’s rows, not only between engagements', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    const names = Array.from({ length: 100 }, (_, index) => ({ name: `Participant ${index}` }));
    expect(await participantRepository.createMany(engagementId, sessionId, names)).toBe(100);
    const main = await mainHolding(committed);
    const idle = vi.fn(async () => undefined);
    const { result } = await check(main, idle);
    expect(result).toEqual({ corrected: 0, restoredRows: 0, restoredEngagements: 0, sent: 0 });
    // One before the batch of both engagements, and one after each slice of 48 rows hashed.
    const rows = (await Promise.all(clientTables().map((table) => table.count()))).reduce(
      (sum, count) => sum + count,
    );
    expect(rows).toBeGreaterThan(100);
    expect(idle.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(rows / 48));
  });

  it('finds an edit the start could not see, corrects the digest and copies the edit to main', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    const main = await mainHolding(committed);
    // Written behind the app's back: the row changed, the kept digest did not.
    const kept = await readLocalDigests();
    const session = (await db.sessions.get(sessionId))!;
    await withoutJournal(committed, async () => {
      await db.sessions.put({
        ...session,
        purpose: 'Written elsewhere',
        updatedAt: Date.now() + 1,
      });
      await db.table(unitDigestsTable).put({ unit: engagementId, digest: kept.get(engagementId) });
    });
    // So the start finds both copies in step…
    expect((await readLocalDigests()).get(engagementId)).toBe(
      (await main.status()).units[engagementId]?.digest,
    );

    // …and the background check finds the difference.
    const { result, sent } = await check(main);
    expect(result).toMatchObject({ corrected: 1, restoredRows: 0, sent: 1 });
    expect(sent).toHaveBeenCalledWith([
      expect.objectContaining({ table: 'sessions', key: sessionId, unit: engagementId }),
    ]);
    expect((await readLocalDigests()).get(engagementId)).not.toBe(kept.get(engagementId));
    expect(backgroundNotice(result)).toEqual({
      tone: 'info',
      text: 'A background check found 1 change missing from the safety copy and copied it there.',
    });
  });

  it('restores from main what a wrong digest hid at the start', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    await sessionRepository.update(sessionId, { purpose: 'Agreed wording' });
    const main = await mainHolding(committed);
    const kept = await readLocalDigests();
    const session = (await db.sessions.get(sessionId))!;
    await withoutJournal(committed, async () => {
      await db.sessions.put({ ...session, purpose: 'Stale', updatedAt: 1 });
      await db.table(unitDigestsTable).put({ unit: engagementId, digest: kept.get(engagementId) });
    });
    const { result } = await check(main);
    expect(result).toMatchObject({ corrected: 1, restoredRows: 1 });
    expect(await db.sessions.get(sessionId)).toMatchObject({ purpose: 'Agreed wording' });
  });

  describe('in a library of more engagements than one batch', () => {
    const engagements = unitsPerBatch + 8;

    async function library() {
      const created: { engagementId: string; sessionId: string }[] = [];
      for (let index = 0; index < engagements; index += 1)
        created.push(
          await engagementRepository.create(engagementDetails(`Client ${index}`), firstSession),
        );
      return created.sort((a, b) => (a.engagementId < b.engagementId ? -1 : 1));
    }

    it('reads each table once per batch of engagements, not once per engagement', async () => {
      await library();
      const main = await mainHolding(committed);
      const reads = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'].flatMap(
        (method) => [
          vi.spyOn(IDBObjectStore.prototype, method as 'get'),
          vi.spyOn(IDBIndex.prototype, method as 'get'),
        ],
      );
      try {
        const { result } = await check(main);
        expect(result).toEqual({ corrected: 0, restoredRows: 0, restoredEngagements: 0, sent: 0 });
        const requests = reads.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
        // Tables that name only their session are read once per session (one each here).
        const bySession = tableNames.filter((name) => {
          const { primKey, idxByName } = db.table(name).schema;
          return (
            name !== 'engagements' && primKey.name !== 'engagementId' && !idxByName.engagementId
          );
        }).length;
        const batches = Math.ceil(engagements / unitsPerBatch);
        // Two listings of the units, then per batch the kept digests and a request per table.
        expect(requests).toBeLessThanOrEqual(
          2 + batches * (1 + tableNames.length) + bySession * engagements,
        );
        // Engagement by engagement, it was a request per table for each of them.
        expect(requests).toBeLessThan((engagements * tableNames.length) / 4);
      } finally {
        for (const spy of reads) spy.mockRestore();
      }
    });

    it('still finds a differing, a missing and an extra row in every batch', async () => {
      const created = await library();
      const first = created[0]!;
      const lastOfFirstBatch = created[unitsPerBatch - 1]!;
      const inSecondBatch = created[unitsPerBatch + 3]!;
      const main = await mainHolding(committed);
      const kept = await readLocalDigests();
      const session = (await db.sessions.get(first.sessionId))!;
      const missing = (await db.sessions.get(lastOfFirstBatch.sessionId))!;
      const extra = {
        ...(await db.sessions.get(inSecondBatch.sessionId))!,
        id: 'session-written-elsewhere',
        updatedAt: Date.now() + 1,
      };
      await withoutJournal(committed, async () => {
        await db.sessions.put({
          ...session,
          purpose: 'Written elsewhere',
          updatedAt: Date.now() + 1,
        });
        await db.sessions.delete(missing.id);
        await db.sessions.put(extra);
        for (const { engagementId } of [first, lastOfFirstBatch, inSecondBatch])
          await db
            .table(unitDigestsTable)
            .put({ unit: engagementId, digest: kept.get(engagementId) });
      });
      expect(await readLocalDigests()).toEqual(kept);

      const { result, sent } = await check(main);
      expect(result).toMatchObject({ corrected: 3, restoredRows: 1, sent: 2 });
      expect(sent).toHaveBeenCalledWith(
        expect.arrayContaining([
          expect.objectContaining({ table: 'sessions', key: session.id, unit: first.engagementId }),
          expect.objectContaining({
            table: 'sessions',
            key: extra.id,
            unit: inSecondBatch.engagementId,
          }),
        ]),
      );
      expect(await db.sessions.get(missing.id)).toEqual(missing);
    });

    it('corrects and copies a library written behind the app’s back a batch at a time', async () => {
      await library();
      const rows = (await Promise.all(clientTables().map((table) => table.count()))).reduce(
        (sum, count) => sum + count,
      );
      // Rows stored straight into IndexedDB: no digest kept, nothing in main's copy.
      await withoutJournal(committed, () => db.table(unitDigestsTable).clear());
      const main = await mainHolding([]);
      const idle = vi.fn(async () => undefined);
      const { result, sent } = await check(main, idle);
      expect(result).toEqual({
        corrected: engagements,
        restoredRows: 0,
        restoredEngagements: 0,
        sent: rows,
      });
      expect((await readLocalDigests()).size).toBe(engagements);
      // Sent to main a batch of engagements at a time, each after a quiet moment.
      expect(sent).toHaveBeenCalledTimes(Math.ceil(engagements / unitsPerBatch));
      const units = new Set(
        sent.mock.calls.flatMap(([changes]) =>
          changes.map((change: { unit: string }) => change.unit),
        ),
      );
      expect(units.size).toBe(engagements);
      // Before each batch's reads, its corrections and its copy to main.
      const batches = Math.ceil(engagements / unitsPerBatch);
      expect(idle.mock.calls.length).toBeGreaterThanOrEqual(3 * batches);
    });
  });
});
