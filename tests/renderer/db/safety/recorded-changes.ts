import { afterEach, beforeEach } from 'vitest';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { db } from '../../../../renderer/src/db/database';
import { journalRecorder } from '../../../../renderer/src/db/safety/journal-recorder';

export const engagementDetails = (clientName: string) => ({
  clientName,
  title: 'Growth plan',
  industry: '',
  consultantName: '',
  firmName: '',
  startDate: '2026-11-22',
});

export const firstSession = {
  title: 'Kick-off session',
  date: '2026-11-30',
  location: '',
  startTime: '09:00',
  lengthMinutes: 180,
};

/**
 * Every batch of changes the journal middleware hands on, one array per committed transaction.
 * Empties the database before each test with the recorder off, so the clearing is not recorded.
 */
export function recordCommittedChanges(): JournalChange[][] {
  const committed: JournalChange[][] = [];
  beforeEach(async () => {
    journalRecorder.setSink(null);
    await Promise.all(db.tables.map((table) => table.clear()));
    committed.length = 0;
    journalRecorder.setSink((changes) => committed.push(changes));
  });
  afterEach(() => journalRecorder.setSink(null));
  return committed;
}
