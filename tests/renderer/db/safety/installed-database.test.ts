import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

const name = 'session-studio';

/** One launch: fresh modules, so the read happens afresh, as the entry starts it. */
async function launch() {
  vi.resetModules();
  const { readInstalledDatabase } =
    await import('../../../../renderer/src/db/safety/installed-database');
  const { upgradePending } = await import('../../../../renderer/src/db/safety/upgrade-backup');
  const { db } = await import('../../../../renderer/src/db/database');
  return { readInstalledDatabase, upgradePending, db };
}

const engagement = (id: string, deletedAt = 0) => ({
  id,
  clientName: `Client ${id}`,
  title: 'Growth plan',
  deletedAt,
  lastOpenedAt: 1,
});

afterEach(async () => {
  await Dexie.delete(name);
});

describe('the database as a launch finds it', () => {
  it('finds none on a first start and leaves none behind for Dexie to create', async () => {
    const app = await launch();
    expect(await app.readInstalledDatabase()).toEqual({
      version: 0,
      presentEngagements: null,
      unitDigests: null,
    });
    expect((await indexedDB.databases()).map((found) => found.name)).not.toContain(name);
    expect(await app.upgradePending()).toBe(false);
    await app.db.open();
    expect(app.db.verno).toBeGreaterThanOrEqual(3);
    app.db.close();
  });

  it('reads the engagements not deleted, and lets Dexie open the database after it', async () => {
    const first = await launch();
    await first.db.engagements.bulkPut([
      engagement('e1'),
      engagement('e2', 1_700_000_000_000),
      engagement('e3'),
    ] as never);
    const digestUnits = (await first.db.table<{ unit: string }>('unitDigests').toArray())
      .map((row) => row.unit)
      .sort();
    first.db.close();

    const app = await launch();
    const installed = await app.readInstalledDatabase();
    expect(installed?.version).toBe(app.db.verno * 10);
    expect(installed?.presentEngagements?.map((row) => row.id).sort()).toEqual(['e1', 'e3']);
    // Each engagement's digest, as the journal keeps it beside the rows: what main is asked about.
    expect(digestUnits.length).toBeGreaterThan(0);
    expect([...(installed?.unitDigests?.keys() ?? [])].sort()).toEqual(digestUnits);
    // Asked again in the same launch: the same answer, not a second read.
    expect(await app.readInstalledDatabase()).toBe(installed);
    expect(await app.upgradePending()).toBe(false);
    await app.db.open();
    expect(await app.db.engagements.count()).toBe(3);
    app.db.close();
  });

  it('sees a database written by an older version, whose opening upgrades it', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores({
      engagements: 'id, deletedAt, lastOpenedAt',
      sessions: 'id, engagementId',
      agendaItems: 'id, sessionId',
    });
    await v1.table('engagements').add(engagement('e1'));
    v1.close();

    const app = await launch();
    expect((await app.readInstalledDatabase())?.version).toBe(10);
    expect(await app.upgradePending()).toBe(true);
    // Its connection is closed: Dexie's upgrade is not blocked by it.
    await app.db.open();
    expect(await app.db.engagements.get('e1')).toMatchObject({ clientName: 'Client e1' });
    app.db.close();
  });
});
