import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { tableNames, type TableName } from '../../../../shared/data/tables';
import { db, SessionStudioDatabase } from '../../../../renderer/src/db/database';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import {
  digestsOfTables,
  unitDigestsTable,
  type UnitDigestRow,
} from '../../../../renderer/src/db/safety/unit-digests';
import { engagementDetails, firstSession, recordCommittedChanges } from './recorded-changes';

recordCommittedChanges();

type Row = Record<string, unknown>;

async function allRows(database: Dexie): Promise<Map<TableName, Row[]>> {
  const tables = new Map<TableName, Row[]>();
  for (const table of tableNames)
    tables.set(table, (await database.table(table).toArray()) as Row[]);
  return tables;
}

const byUnit = (rows: UnitDigestRow[]) =>
  Object.fromEntries(rows.map((row) => [row.unit, row.digest]));

/** What the digests kept write by write say, against the same computed from every row. */
async function keptAndComputed(database: Dexie = db) {
  const kept = byUnit(await database.table<UnitDigestRow>(unitDigestsTable).toArray());
  const computed = byUnit(digestsOfTables(await allRows(database)));
  return { kept, computed };
}

afterEach(async () => {
  await Dexie.delete('digests-upgrade');
});

describe('each engagement’s digest in IndexedDB', () => {
  it('stays equal to one computed from every row, write after write', async () => {
    const acme = await engagementRepository.create(engagementDetails('Acme'), firstSession);
    const borealis = await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    await sessionRepository.update(acme.sessionId, { purpose: 'Agree three objectives' });
    const item = await agendaRepository.add(acme.sessionId);
    await agendaRepository.update(item, { title: 'Welcome' });
    await agendaRepository.add(borealis.sessionId);
    let { kept, computed } = await keptAndComputed();
    expect(Object.keys(kept).sort()).toEqual([acme.engagementId, borealis.engagementId].sort());
    expect(kept).toEqual(computed);

    await engagementRepository.softDelete(borealis.engagementId);
    await engagementRepository.purgeDeleted(Date.now() + 60_000);
    ({ kept, computed } = await keptAndComputed());
    // A purged engagement leaves no digest behind.
    expect(Object.keys(kept)).toEqual([acme.engagementId]);
    expect(kept).toEqual(computed);
  });

  it('stay equal when an add meets a row already there and the rest of the write goes on', async () => {
    const acme = await engagementRepository.create(engagementDetails('Acme'), firstSession);
    const first = await agendaRepository.add(acme.sessionId);
    const [taken] = await db.agendaItems.bulkGet([first]);
    await db.transaction('rw', db.agendaItems, async () => {
      await db.agendaItems
        .bulkAdd([
          { ...taken!, title: 'Not written' },
          { ...taken!, id: 'another-item', title: 'Written' },
        ])
        .catch(() => undefined);
    });
    expect((await db.agendaItems.get(first))?.title).toBe(taken!.title);
    const { kept, computed } = await keptAndComputed();
    expect(kept).toEqual(computed);
  });

  it('changes nothing when a transaction is rolled back', async () => {
    const acme = await engagementRepository.create(engagementDetails('Acme'), firstSession);
    const before = await keptAndComputed();
    await expect(
      db.transaction('rw', db.sessions, async () => {
        await db.sessions.update(acme.sessionId, { purpose: 'Never kept' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await keptAndComputed()).toEqual(before);
  });

  it('are computed for data written before version 6, when the database is upgraded', async () => {
    const v3 = new Dexie('digests-upgrade');
    v3.version(3).stores({
      engagements: 'id, deletedAt, lastOpenedAt',
      sessions: 'id, engagementId',
      agendaItems: 'id, sessionId',
    });
    await v3.table('engagements').add({ id: 'e1', clientName: 'Acme', deletedAt: 0 });
    await v3.table('sessions').add({ id: 's1', engagementId: 'e1', title: 'Kick-off' });
    await v3.table('agendaItems').add({ id: 'a1', sessionId: 's1', title: 'Welcome' });
    v3.close();

    const current = new SessionStudioDatabase('digests-upgrade');
    await current.open();
    const { kept, computed } = await keptAndComputed(current);
    expect(Object.keys(kept)).toEqual(['e1']);
    expect(kept.e1).toMatch(/^3:/);
    expect(kept).toEqual(computed);
    current.close();
  });
});
