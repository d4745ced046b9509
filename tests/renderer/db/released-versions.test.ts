import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKinds } from '../../../main/crypto/content-kinds';
import { checkEngagementFileBytes } from '../../../main/engagement-file/check-engagement-file';
import { db, SessionStudioDatabase } from '../../../renderer/src/db/database';
import { engagementFileRepository } from '../../../renderer/src/db/repositories/engagement-file-repository';
import { isTableName, tableNames, tableSpecs } from '../../../shared/data/tables';
import { engagementFileVersion } from '../../../shared/engagement-file/format';
import {
  databaseFixtures,
  engagementFileFixtures,
  protectedFixture,
  readDatabaseFixture,
} from '../../fixtures/released/released-fixtures';

/** Every stored row that its table's schema refuses, as "table #n: what is wrong". */
async function invalidRows(database: Dexie): Promise<string[]> {
  const problems: string[] = [];
  for (const name of tableNames) {
    const rows = await database.table(name).toArray();
    rows.forEach((row, index) => {
      const parsed = tableSpecs[name].schema.safeParse(row);
      if (!parsed.success)
        problems.push(
          `${name} #${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
        );
    });
  }
  return problems;
}

const declaredVersions = () =>
  (db as unknown as { _versions: { _cfg: { version: number } }[] })._versions
    .map(({ _cfg }) => _cfg.version)
    .sort((a, b) => a - b);

describe('every released database version', () => {
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) {
      database.close();
      await Dexie.delete(database.name);
    }
  });

  it('has a frozen database for every version this build declares (npm run fixtures:released)', () => {
    expect(databaseFixtures().map((fixture) => fixture.version)).toEqual(declaredVersions());
  });

  for (const { version, path } of databaseFixtures()) {
    it(`opens a database written at version ${version}, keeps every row, and every row validates`, async () => {
      const fixture = readDatabaseFixture(path);
      const name = `released-database-v${version}`;
      const old = new Dexie(name);
      for (const declared of fixture.versions)
        old.version(declared.version).stores(declared.stores);
      for (const [table, rows] of Object.entries(fixture.rows))
        if (rows.length > 0) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new SessionStudioDatabase(name);
      opened.push(current);
      await current.open();
      expect(current.verno).toBe(Math.max(...declaredVersions()));
      for (const [table, rows] of Object.entries(fixture.rows)) {
        expect(isTableName(table)).toBe(true);
        expect(await current.table(table).count(), table).toBe(rows.length);
      }
      expect(await invalidRows(current)).toEqual([]);
    });
  }
});

describe('every released engagement-file version', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('has a frozen file for every version from 1 to this build’s (npm run fixtures:released)', () => {
    expect(engagementFileFixtures().map((fixture) => fixture.version)).toEqual(
      Array.from({ length: engagementFileVersion }, (_, index) => index + 1),
    );
  });

  for (const { version, path } of engagementFileFixtures()) {
    it(`imports an engagement file of version ${version}, and every row it writes validates`, async () => {
      const checked = await checkEngagementFileBytes(readFileSync(path), `v${version}`, null);
      if (!checked.ok) throw new Error(checked.problems.join('\n'));
      const written = JSON.parse(readFileSync(path, 'utf8')) as {
        tables: Record<string, unknown[]>;
      };
      const id = await engagementFileRepository.importFile(checked.file, { asCopy: false });
      const stored = await engagementFileRepository.gather(id);
      for (const [table, rows] of Object.entries(written.tables))
        expect(stored.tables[table as keyof typeof stored.tables], table).toHaveLength(rows.length);
      expect(await invalidRows(db)).toEqual([]);
    });
  }

  it('opens the protected file of envelope version 1 with its passphrase', async () => {
    const bytes = readFileSync(protectedFixture.path);
    const checked = await checkEngagementFileBytes(bytes, 'protected', protectedFixture.passphrase);
    expect(checked).toMatchObject({ ok: true, protectedFile: true });
    expect(bytes.subarray(0, 25).toString()).toBe('session-studio-encrypted\n');
    expect(contentKinds.engagement).toBe('session-studio-engagement');
  }, 30_000);
});
