import { describe, expect, it, vi } from 'vitest';
import { tableNames } from '../../../../shared/data/tables';
import { db } from '../../../../renderer/src/db/database';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import { readLocalDigests, reconcileWithMain } from '../../../../renderer/src/db/safety/reconcile';
import { engagementDetails, firstSession, recordCommittedChanges } from './recorded-changes';
import { mainHolding, withoutJournal as changedBehindJournal } from './main-holding';

const committed = recordCommittedChanges();

const withoutJournal = (change: () => Promise<unknown>) => changedBehindJournal(committed, change);

async function engagementWithPurpose(purpose: string) {
  const created = await engagementRepository.create(engagementDetails('Acme'), firstSession);
  await sessionRepository.update(created.sessionId, { purpose });
  return created;
}

describe('the startup check against the safety copy', () => {
  it('rebuilds a lost database from main’s copy without sending it back', async () => {
    const { engagementId, sessionId } = await engagementWithPurpose('Agree three objectives');
    const main = await mainHolding(committed);
    await withoutJournal(() => Promise.all(db.tables.map((table) => table.clear())));
    committed.length = 0;

    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    expect(outcome).toMatchObject({ restoredEngagements: 1, toSend: [], bothEmpty: false });
    expect(outcome.restoredRows).toBeGreaterThanOrEqual(2);
    expect(await db.engagements.get(engagementId)).toMatchObject({ clientName: 'Acme' });
    expect(await db.sessions.get(sessionId)).toMatchObject({ purpose: 'Agree three objectives' });
    expect(committed).toEqual([]);
  });

  it('brings back an acknowledged edit the database lost', async () => {
    const { sessionId } = await engagementWithPurpose('First draft');
    const before = (await db.sessions.get(sessionId))!;
    await sessionRepository.update(sessionId, { purpose: 'Agreed wording' });
    const main = await mainHolding(committed);
    await withoutJournal(() => db.sessions.put(before));

    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    expect(outcome).toMatchObject({ restoredEngagements: 0, restoredRows: 1, toSend: [] });
    expect(await db.sessions.get(sessionId)).toMatchObject({ purpose: 'Agreed wording' });
  });

  it('sends main an edit it never acknowledged, and keeps it', async () => {
    const { sessionId } = await engagementWithPurpose('First draft');
    const main = await mainHolding(committed);
    const current = (await db.sessions.get(sessionId))!;
    const newer = {
      ...current,
      purpose: 'Typed just before the crash',
      updatedAt: current.updatedAt + 1,
    };
    await withoutJournal(() => db.sessions.put(newer));

    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    expect(outcome.toSend).toEqual([
      { table: 'sessions', key: sessionId, unit: newer.engagementId, row: newer },
    ]);
    expect(outcome.restoredRows).toBe(0);
    expect(await db.sessions.get(sessionId)).toEqual(newer);
  });

  it('keeps a deletion main recorded deleted', async () => {
    const { engagementId } = await engagementWithPurpose('Draft');
    const row = (await db.engagements.get(engagementId))!;
    await db.engagements.delete(engagementId);
    const main = await mainHolding(committed);
    await withoutJournal(() => db.engagements.put(row));

    await reconcileWithMain(await main.status(), main.read, await readLocalDigests());
    expect(await db.engagements.get(engagementId)).toBeUndefined();
  });

  it('sends everything once when the safety copy is new and the database is not', async () => {
    await withoutJournal(() => engagementWithPurpose('Written before the safety copy existed'));
    const main = await mainHolding([]);
    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    const rowCount = (await Promise.all(tableNames.map((table) => db.table(table).count()))).reduce(
      (sum, count) => sum + count,
      0,
    );
    expect(outcome.toSend).toHaveLength(rowCount);
    expect(outcome.restoredRows).toBe(0);
  });

  it('reads nothing from main when both copies agree', async () => {
    await engagementWithPurpose('In step');
    const main = await mainHolding(committed);
    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    expect(main.read).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ restoredRows: 0, toSend: [], bothEmpty: false });
  });

  it('reads from main only the engagement that differs', async () => {
    const kept = await engagementWithPurpose('In step');
    const lost = await engagementWithPurpose('Agreed wording');
    const main = await mainHolding(committed);
    const before = (await db.sessions.get(lost.sessionId))!;
    await withoutJournal(() => db.sessions.put({ ...before, purpose: 'Stale', updatedAt: 1 }));

    const outcome = await reconcileWithMain(
      await main.status(),
      main.read,
      await readLocalDigests(),
    );
    expect(main.read.mock.calls.map(([request]) => request.unit)).toEqual([lost.engagementId]);
    expect(outcome).toMatchObject({ restoredRows: 1, toSend: [] });
    expect(await db.sessions.get(lost.sessionId)).toMatchObject({ purpose: 'Agreed wording' });
    expect(await db.sessions.get(kept.sessionId)).toMatchObject({ purpose: 'In step' });
  });

  it('does not overwrite an edit made while the check was reading main', async () => {
    const { sessionId } = await engagementWithPurpose('First draft');
    const before = (await db.sessions.get(sessionId))!;
    await sessionRepository.update(sessionId, { purpose: 'Agreed wording' });
    const main = await mainHolding(committed);
    await withoutJournal(() => db.sessions.put(before));
    const read = vi.fn(async (request: Parameters<typeof main.read>[0]) => {
      const page = await main.read(request);
      // The consultant types while main answers.
      await sessionRepository.update(sessionId, { purpose: 'Typed meanwhile' });
      return page;
    });
    await reconcileWithMain(await main.status(), read, await readLocalDigests());
    expect(await db.sessions.get(sessionId)).toMatchObject({ purpose: 'Typed meanwhile' });
  });
});
