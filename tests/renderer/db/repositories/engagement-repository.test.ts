import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';

const details = (clientName: string) => ({
  clientName,
  title: 'Growth plan',
  industry: '',
  consultantName: '',
  firmName: '',
  startDate: '2026-11-22',
});
const firstSession = {
  title: 'Kick-off session',
  date: '2026-11-30',
  location: '',
  startTime: '09:00',
  lengthMinutes: 180,
};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('engagement repository', () => {
  it('refuses an empty or over-long client name and stores nothing', async () => {
    await expect(engagementRepository.create(details(''), firstSession)).rejects.toThrow(
      'Client name is required.',
    );
    await expect(
      engagementRepository.create(details('x'.repeat(10_000)), firstSession),
    ).rejects.toThrow('Client name can be at most 200 characters.');
    expect(await db.engagements.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('purges a deleted engagement with every worksheet row, and nothing of another', async () => {
    const gone = await engagementRepository.create(details('Acme'), firstSession);
    const kept = await engagementRepository.create(details('Borealis'), firstSession);
    for (const { engagementId, sessionId } of [gone, kept]) {
      await agendaRepository.add(sessionId, { title: 'Welcome' });
      await db.table('participants').add({ id: `p-${sessionId}`, sessionId });
      await db.table('objectives').add({ id: `o-${engagementId}`, engagementId });
      await db.table('plans').add({ engagementId });
    }

    await engagementRepository.softDelete(gone.engagementId);
    expect(await engagementRepository.purgeDeleted(Date.now())).toBe(0);
    expect(await engagementRepository.purgeDeleted(Date.now() + 60_000)).toBe(1);

    expect(await db.engagements.toCollection().primaryKeys()).toEqual([kept.engagementId]);
    expect(await db.sessions.count()).toBe(1);
    expect(await db.agendaItems.count()).toBe(1);
    expect(await db.table('participants').toCollection().primaryKeys()).toEqual([
      `p-${kept.sessionId}`,
    ]);
    expect(await db.table('objectives').count()).toBe(1);
    expect(await db.table('plans').toCollection().primaryKeys()).toEqual([kept.engagementId]);
  });
});
