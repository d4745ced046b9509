import { db } from '../../../renderer/src/db/database';
import { engagementRepository } from '../../../renderer/src/db/repositories/engagement-repository';

/** An empty database holding one engagement with its kick-off session, for session worksheets. */
export async function freshKickOffSession() {
  await Promise.all(db.tables.map((table) => table.clear()));
  const ids = await engagementRepository.create(
    {
      clientName: 'Acme',
      title: 'Plan',
      industry: '',
      consultantName: '',
      firmName: '',
      startDate: '2026-11-22',
    },
    { title: 'Kick-off', date: '2026-11-30', location: '', startTime: '09:00', lengthMinutes: 90 },
  );
  const engagement = (await db.engagements.get(ids.engagementId))!;
  const session = (await db.sessions.get(ids.sessionId))!;
  return { ...ids, engagement, session };
}
