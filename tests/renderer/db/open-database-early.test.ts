import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseName, SessionStudioDatabase } from '../../../renderer/src/db/database';
import {
  installedVersionOpenedEarly,
  openDatabaseEarly,
  releaseEarlyConnection,
  resetEarlyOpening,
} from '../../../renderer/src/db/open-database-early';

afterEach(async () => {
  resetEarlyOpening();
  await Dexie.delete(databaseName);
});

/** Rejects when `work` has not settled in time: a connection left open blocks it for ever. */
function within<T>(work: Promise<T>, ms = 5_000): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('blocked')), ms)),
  ]);
}

async function installedNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map((found) => found.name);
}

/** The database as version 1 of the app left it, holding one engagement. */
async function writeVersionOne(): Promise<void> {
  const v1 = new Dexie(databaseName);
  v1.version(1).stores({
    engagements: 'id, deletedAt, lastOpenedAt',
    sessions: 'id, engagementId',
    agendaItems: 'id, sessionId',
  });
  await v1
    .table('engagements')
    .add({ id: 'e1', clientName: 'Acme', title: 'Plan', deletedAt: 0, lastOpenedAt: 1 });
  v1.close();
}

describe('opening the database early', () => {
  it('finds no database on a new laptop and creates none; the app then creates its own', async () => {
    openDatabaseEarly();
    expect(await installedVersionOpenedEarly()).toBeNull();
    expect(await installedNames()).not.toContain(databaseName);

    const app = new SessionStudioDatabase();
    await within(app.open());
    releaseEarlyConnection();
    expect(app.verno).toBeGreaterThanOrEqual(3);
    expect((await indexedDB.databases()).find((found) => found.name === databaseName)).toEqual({
      name: databaseName,
      version: app.verno * 10,
    });
    app.close();
  });

  it('reads the installed version and lets the app’s schema upgrade through, rows kept', async () => {
    await writeVersionOne();
    openDatabaseEarly();
    expect(await installedVersionOpenedEarly()).toBe(10);

    // The early connection is still held here: the upgrade asks it to close, and it does.
    const app = new SessionStudioDatabase();
    await within(app.open());
    expect(await app.engagements.get('e1')).toMatchObject({ clientName: 'Acme' });
    app.close();
  });

  it('lets the database be deleted while the early connection is held', async () => {
    await writeVersionOne();
    openDatabaseEarly();
    await installedVersionOpenedEarly();
    await within(Dexie.delete(databaseName));
    expect(await installedNames()).not.toContain(databaseName);
  });

  it('opens once however often the entry asks', async () => {
    await writeVersionOne();
    openDatabaseEarly();
    const first = installedVersionOpenedEarly();
    openDatabaseEarly();
    expect(installedVersionOpenedEarly()).toBe(first);
    expect(await first).toBe(10);
  });

  it('says nothing was opened early when the entry did not ask', () => {
    expect(installedVersionOpenedEarly()).toBeNull();
  });
});
