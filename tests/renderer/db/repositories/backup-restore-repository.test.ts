import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { backupRestoreRepository } from '../../../../renderer/src/db/repositories/backup-restore-repository';
import { engagementFileRepository } from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import type { EngagementFileContent } from '../../../../shared/engagement-file/format';
import { remapIds } from '../../../../shared/engagement-file/remap-ids';
import { fullEngagement, ids } from '../../../shared/engagement-file/full-engagement-fixture';

let counter = 0;
const another = (clientName: string) => {
  const content = remapIds(fullEngagement(), () => `${clientName}-${(counter += 1)}`);
  content.engagement.clientName = clientName;
  return content;
};

async function store(content: EngagementFileContent) {
  await engagementFileRepository.importFile(
    collectEngagementFile(content, { exportedAt: new Date(), app: { name: 'S', version: 't' } }),
    { asCopy: false },
  );
}

async function everything(): Promise<string> {
  return JSON.stringify(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );
}

const purposes = async () =>
  (await db.table('sessions').where('engagementId').equals(ids.engagement).toArray()).map(
    (session) => session.purpose,
  );

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('restoring engagements from a backup', () => {
  it('makes each engagement’s rows exactly the backup’s, and a whole restore removes the others', async () => {
    await store(fullEngagement());
    const since = another('Created since');
    await store(since);
    const backedUp = fullEngagement();
    backedUp.tables.sessions[0]!.purpose = 'As it was.';
    backedUp.tables.agendaItems = backedUp.tables.agendaItems.slice(0, 1);
    const borealis = another('Borealis Foods');

    await backupRestoreRepository.restore([backedUp, borealis], { removeOthers: true });

    expect(await purposes()).toContain('As it was.');
    expect(
      await db.table('agendaItems').where('sessionId').anyOf([ids.kickOff, ids.refresh]).count(),
    ).toBe(1);
    expect((await db.table('engagements').toArray()).map((row) => row.clientName).sort()).toEqual([
      'Acme Robotics',
      'Borealis Foods',
    ]);
    expect(
      await db.table('sessions').where('engagementId').equals(since.engagement.id).count(),
    ).toBe(0);
  });

  it('restoring one engagement leaves the others alone', async () => {
    await store(fullEngagement());
    const kept = another('Kept as it is');
    await store(kept);
    const backedUp = fullEngagement();
    backedUp.tables.sessions[0]!.purpose = 'As it was.';
    await backupRestoreRepository.restore([backedUp], { removeOthers: false });
    expect(await purposes()).toContain('As it was.');
    expect(await db.table('engagements').get(kept.engagement.id)).toBeDefined();
  });

  it('refuses a backup with a row that cannot be written before writing anything', async () => {
    await store(fullEngagement());
    await store(another('Created since'));
    const before = await everything();
    const backedUp = fullEngagement();
    backedUp.tables.sessions[0]!.purpose = 'As it was.';
    const broken = another('Broken');
    // A row without its key: IndexedDB refuses it, after the first engagement was written.
    delete (broken.tables.sessions[0] as { id?: string }).id;
    await expect(
      backupRestoreRepository.restore([backedUp, broken], { removeOthers: true }),
    ).rejects.toThrow();
    expect(await everything()).toBe(before);
  });
});
