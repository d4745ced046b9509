import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseName, db } from '../../../../renderer/src/db/database';
import {
  openDatabaseEarly,
  resetEarlyOpening,
} from '../../../../renderer/src/db/open-database-early';
import { upgradePending } from '../../../../renderer/src/db/safety/upgrade-backup';

afterEach(async () => {
  resetEarlyOpening();
  db.close();
  await Dexie.delete(databaseName);
});

async function writeVersionOne(): Promise<void> {
  const v1 = new Dexie(databaseName);
  v1.version(1).stores({ engagements: 'id, deletedAt, lastOpenedAt' });
  await v1.table('engagements').add({ id: 'e1', deletedAt: 0, lastOpenedAt: 1 });
  v1.close();
}

describe('the backup before a schema upgrade', () => {
  it('is due when the early opening found an older database', async () => {
    await writeVersionOne();
    openDatabaseEarly();
    expect(await upgradePending()).toBe(true);
  });

  it('is not due when the early opening found the current database', async () => {
    await db.open();
    db.close();
    openDatabaseEarly();
    expect(await upgradePending()).toBe(false);
  });

  it('is not due on a new laptop, with or without the early opening', async () => {
    expect(await upgradePending()).toBe(false);
    openDatabaseEarly();
    expect(await upgradePending()).toBe(false);
  });

  it('is found by listing the databases when nothing was opened early', async () => {
    await writeVersionOne();
    expect(await upgradePending()).toBe(true);
  });
});
