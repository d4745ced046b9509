import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import { leaveOutOfJournal } from '../../../../renderer/src/db/safety/journal-middleware';
import { journalRecorder } from '../../../../renderer/src/db/safety/journal-recorder';
import { engagementDetails, firstSession, recordCommittedChanges } from './recorded-changes';

const committed = recordCommittedChanges();

describe('the journal middleware', () => {
  it('hands on an edit as the one row it changed, whole, once the write committed', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    committed.length = 0;
    await sessionRepository.update(sessionId, { purpose: 'Agree three objectives' });
    expect(committed).toEqual([
      [
        {
          table: 'sessions',
          key: sessionId,
          unit: engagementId,
          row: expect.objectContaining({ engagementId, purpose: 'Agree three objectives' }),
        },
      ],
    ]);
    expect(committed[0]?.[0]?.row).toEqual(await db.sessions.get(sessionId));
  });

  it('hands on a multi-table transaction as one batch, after it committed', async () => {
    let seenBeforeResolve = -1;
    await engagementRepository
      .create(engagementDetails('Acme'), firstSession)
      .then(() => (seenBeforeResolve = committed.length));
    expect(seenBeforeResolve).toBe(1);
    expect(committed).toHaveLength(1);
    const tables = committed[0]!.map((change) => change.table);
    expect(new Set(tables)).toEqual(new Set(['engagements', 'sessions', 'journeyPhases']));
    expect(committed[0]!.every((change) => change.row !== null)).toBe(true);
  });

  it('hands on a deletion as the key with no row', async () => {
    const { engagementId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    committed.length = 0;
    await db.engagements.delete(engagementId);
    expect(committed).toEqual([
      [{ table: 'engagements', key: engagementId, unit: engagementId, row: null }],
    ]);
  });

  it('names every key a cleared table held', async () => {
    await engagementRepository.create(engagementDetails('Acme'), firstSession);
    await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    const keys = await db.engagements.toCollection().primaryKeys();
    committed.length = 0;
    await db.engagements.clear();
    expect(committed).toHaveLength(1);
    expect(committed[0]!.map((change) => change.key).sort()).toEqual([...keys].sort());
    expect(committed[0]!.every((change) => change.row === null)).toBe(true);
  });

  it('hands on nothing from a transaction that was rolled back', async () => {
    await expect(
      db.transaction('rw', db.engagements, db.sessions, async () => {
        await db.sessions.put({ id: 's1' } as never);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.sessions.count()).toBe(0);
    expect(committed).toEqual([]);
  });

  it('hands on only the rows a partly failed bulk write stored', async () => {
    await db.transaction('rw', db.sessions, async () => {
      await db.sessions.add({ id: 'a' } as never);
      await db.sessions.bulkAdd([{ id: 'a' }, { id: 'b' }] as never).catch(() => undefined);
    });
    expect(committed.flat().map((change) => change.key)).toEqual(['a', 'b']);
  });

  it('names the engagement of a row that only names its session, even one deleted with it', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    await db.agendaItems.put({ id: 'a1', sessionId, title: 'Welcome' } as never);
    expect(committed.at(-1)).toEqual([
      expect.objectContaining({ table: 'agendaItems', key: 'a1', unit: engagementId }),
    ]);
    committed.length = 0;
    // The session goes first, in the same transaction: its engagement is still known.
    await db.transaction('rw', db.sessions, db.agendaItems, async () => {
      await db.sessions.delete(sessionId);
      await db.agendaItems.delete('a1');
    });
    expect(committed[0]?.map((change) => [change.table, change.unit])).toEqual([
      ['sessions', engagementId],
      ['agendaItems', engagementId],
    ]);
  });

  it('hands on nothing for deleting a row that is not there', async () => {
    await db.engagements.delete('never-here');
    expect(committed).toEqual([]);
  });

  it('leaves out a transaction marked as coming from the safety copy', async () => {
    await db.transaction('rw', db.engagements, async (transaction) => {
      leaveOutOfJournal(transaction.idbtrans);
      await db.engagements.put({ id: 'from-main' } as never);
    });
    expect(await db.engagements.get('from-main')).toBeDefined();
    expect(committed).toEqual([]);
  });

  it('records nothing while the safety copy is not running', async () => {
    journalRecorder.setSink(null);
    await engagementRepository.create(engagementDetails('Acme'), firstSession);
    expect(committed).toEqual([]);
  });
});
