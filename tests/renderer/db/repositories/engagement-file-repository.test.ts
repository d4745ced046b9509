import { beforeEach, describe, expect, it } from 'vitest';
import { tableNames, type TableName } from '../../../../shared/data/tables';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import type { AnyRow, EngagementFileContent } from '../../../../shared/engagement-file/format';
import { db } from '../../../../renderer/src/db/database';
import { engagementFileRepository } from '../../../../renderer/src/db/repositories/engagement-file-repository';
import {
  fixtureId,
  fullEngagement,
  ids,
} from '../../../shared/engagement-file/full-engagement-fixture';

const asFile = (content: EngagementFileContent) =>
  collectEngagementFile(content, {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: '0.1.0' },
  });

/** Everything in the database, table by table, in key order. */
async function snapshot(): Promise<Record<string, AnyRow[]>> {
  const all: Record<string, AnyRow[]> = {};
  for (const name of tableNames) all[name] = await db.table<AnyRow>(name).toArray();
  return all;
}

async function store(content: EngagementFileContent) {
  await db.table('engagements').add(content.engagement);
  for (const [name, rows] of Object.entries(content.tables)) await db.table(name).bulkAdd(rows);
}

/** Another engagement of the same shape: every id moved to another range. */
function otherEngagement(): EngagementFileContent {
  return JSON.parse(
    JSON.stringify(fullEngagement()).replace(/00000000-(0000-4000-8000-\d{12})/g, '20000000-$1'),
  ) as EngagementFileContent;
}

/** The same content with rows in a fixed order, to compare what came back with what went in. */
function normalised(content: EngagementFileContent) {
  return { engagement: content.engagement, tables: asFile(content).tables };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the engagement file repository', () => {
  it('gathers every row of one engagement and nothing of another', async () => {
    await store(fullEngagement());
    await store(otherEngagement());
    const gathered = await engagementFileRepository.gather(ids.engagement);
    expect(normalised(gathered)).toEqual(normalised(fullEngagement()));
  });

  it('writes an engagement file whole, and gathers it back the same', async () => {
    const engagementId = await engagementFileRepository.importFile(asFile(fullEngagement()), {
      asCopy: false,
    });
    expect(engagementId).toBe(ids.engagement);
    expect(normalised(await engagementFileRepository.gather(engagementId))).toEqual(
      normalised(fullEngagement()),
    );
  });

  it('never overwrites the same engagement: it refuses, and changes nothing', async () => {
    await store(fullEngagement());
    await db.table('sessions').update(ids.kickOff, { title: 'Edited here since' });
    const before = await snapshot();
    await expect(
      engagementFileRepository.importFile(asFile(fullEngagement()), { asCopy: false }),
    ).rejects.toThrow('Import it as a copy instead. Nothing was imported.');
    expect(await snapshot()).toEqual(before);
  });

  it('imports the same engagement as a copy beside it, leaving the original as it was', async () => {
    await store(fullEngagement());
    const before = await snapshot();
    const copyId = await engagementFileRepository.importFile(asFile(fullEngagement()), {
      asCopy: true,
    });
    expect(copyId).not.toBe(ids.engagement);
    const after = await snapshot();
    for (const name of tableNames) {
      expect(after[name], name).toHaveLength((before[name] ?? []).length * 2);
      for (const row of before[name] ?? []) expect(after[name], name).toContainEqual(row);
    }
    const copy = await engagementFileRepository.gather(copyId);
    expect(copy.engagement.title).toMatch(/^FY27 growth plan \(imported \d{4}-\d{2}-\d{2}\)$/);
    expect(copy.tables.sessions.map((session) => session.title).sort()).toEqual([
      'Kick-off session',
      'Quarterly refresh',
    ]);
  });

  it('refuses a file whose rows are here although its engagement is not, and writes nothing', async () => {
    const lastTable = tableNames.at(-1) as TableName;
    const content = fullEngagement();
    const lastRow = (content.tables as Record<string, AnyRow[]>)[lastTable]?.[0];
    expect(lastRow, `the fixture has a row in ${lastTable}`).toBeDefined();
    await db.table(lastTable).add({ ...lastRow, engagementId: fixtureId(500) });
    const before = await snapshot();
    await expect(
      engagementFileRepository.importFile(asFile(content), { asCopy: false }),
    ).rejects.toThrow('Import it as a copy instead. Nothing was imported.');
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing at all when the write fails part-way', async () => {
    // The last table refuses its rows (a full disk, say) after every table before it was written:
    // the transaction must take all of them back.
    await store(otherEngagement());
    const before = await snapshot();
    const lastTable = db.table(tableNames.at(-1) as TableName);
    const failing = () => {
      throw new Error('The disk is full.');
    };
    lastTable.hook('creating', failing);
    try {
      await expect(
        engagementFileRepository.importFile(asFile(fullEngagement()), { asCopy: false }),
      ).rejects.toThrow('The disk is full.');
    } finally {
      lastTable.hook('creating').unsubscribe(failing);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when the file does not check, and says why', async () => {
    const file = asFile(fullEngagement());
    file.tables.touchPoints[0]!.phaseId = fixtureId(999);
    await expect(engagementFileRepository.importFile(file, { asCopy: false })).rejects.toThrow(
      /^touchPoints, row 1, phaseId: points to/,
    );
    for (const rows of Object.values(await snapshot())) expect(rows).toEqual([]);
  });

  it('knows whether an engagement is on this laptop', async () => {
    expect(await engagementFileRepository.isOnThisLaptop(ids.engagement)).toBe(false);
    await store(fullEngagement());
    expect(await engagementFileRepository.isOnThisLaptop(ids.engagement)).toBe(true);
  });

  it('refuses to gather an engagement that is not here', async () => {
    await expect(engagementFileRepository.gather(ids.engagement)).rejects.toThrow(
      'This engagement is no longer on this laptop.',
    );
  });
});
