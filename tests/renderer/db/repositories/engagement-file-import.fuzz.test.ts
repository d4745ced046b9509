import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentKinds } from '../../../../main/crypto/content-kinds';
import { sealWithPassphrase } from '../../../../main/crypto/passphrase-envelope';
import { checkEngagementFileBytes } from '../../../../main/engagement-file/check-engagement-file';
import { db } from '../../../../renderer/src/db/database';
import {
  AlreadyOnThisLaptopError,
  engagementFileRepository,
} from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { tableNames, tableSpecs } from '../../../../shared/data/tables';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import { childTableNames, type AnyRow } from '../../../../shared/engagement-file/format';
import { remapIds } from '../../../../shared/engagement-file/remap-ids';
import {
  applyMutation,
  mutationOf,
  protectionArbitrary,
  tamper,
  type BadFile,
} from '../../../shared/engagement-file/bad-engagement-files';
import { fullEngagement } from '../../../shared/engagement-file/full-engagement-fixture';

/**
 * The import, fuzzed: thousands of generated bad engagement files go through what the app does
 * with a file (main reads and checks its bytes, opening it with a passphrase when it is
 * protected; the repository writes it), against a database holding an engagement. Each file must
 * be refused with readable reasons, or be valid and imported whole; after every refusal the
 * database is byte for byte what it was. FUZZ_RUNS sets how many (10,000 by default).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const passphrase = 'the right passphrase';
const cheap = { N: 2 ** 10, r: 8, p: 1 };

const exported = (content: ReturnType<typeof fullEngagement>) =>
  JSON.parse(
    JSON.stringify(
      collectEngagementFile(content, {
        exportedAt: new Date('2026-12-06T09:00:00.000Z'),
        app: { name: 'Session Studio', version: 'fuzz' },
      }),
    ),
  );

let counter = 0;
const newFile = exported(remapIds(fullEngagement(), () => `fuzz-${(counter += 1)}`));
const hereFile = exported(fullEngagement());

/**
 * One exact text for any value IndexedDB holds: every type told apart (1 and "1", 0 and -0, a
 * missing field and an undefined one), object keys in their stored order. V8's own serialiser is
 * not canonical: the same string can be written in one-byte or two-byte form.
 */
function canonical(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? 'n-0' : `n${value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `date${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return `{${Object.entries(value)
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`)
      .join(',')}}`;
  throw new Error(`The database holds a value the fuzz cannot compare: ${String(value)}`);
}

/**
 * Every store's keys and values, read straight from IndexedDB in one transaction: the database's
 * bytes, in the canonical text above.
 */
function databaseBytes(): Promise<Buffer> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames].sort();
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(names, 'readonly');
    const requests = names.map((name) => {
      const store = transaction.objectStore(name);
      return [name, store.getAllKeys(), store.getAll()] as const;
    });
    transaction.oncomplete = () =>
      resolve(
        Buffer.from(
          requests
            .map(
              ([name, keys, values]) =>
                `${name}\n${canonical(keys.result)}\n${canonical(values.result)}`,
            )
            .join('\n'),
        ),
      );
    transaction.onerror = () => reject(transaction.error);
  });
}

/** Removes an engagement the fuzz imported, row by row, leaving the database as it was. */
async function removeImported(file: typeof newFile) {
  const stores = tableNames.map((name) => db.table(name));
  await db.transaction('rw', stores, async () => {
    await db.table('engagements').delete(file.engagement.id);
    for (const name of childTableNames) {
      const key = tableSpecs[name].key;
      await db
        .table(name)
        .bulkDelete((file.tables[name] as AnyRow[]).map((row) => String(row[key])));
    }
  });
}

const mutations = { new: mutationOf(newFile), 'already-here': mutationOf(hereFile) };
/** Key-sorted JSON: the same data whatever order its fields were written in. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)))
      : entry,
  );
}

/** What an import wrote is what the file says, every field of every row: nothing dropped. */
async function expectImportedAsWritten(written: typeof newFile, id: string) {
  const stored = await engagementFileRepository.gather(id);
  const byKey = (name: string) => (a: AnyRow, b: AnyRow) => {
    const key = tableSpecs[name as keyof typeof tableSpecs].key;
    return String(a[key]) < String(b[key]) ? -1 : 1;
  };
  // An import brings an engagement back active, whatever it was where it came from.
  expect(sortedJson(stored.engagement)).toBe(
    sortedJson({ ...written.engagement, archivedAt: 0, deletedAt: 0 }),
  );
  for (const name of childTableNames)
    expect(sortedJson([...(stored.tables[name] as AnyRow[])].sort(byKey(name)))).toBe(
      sortedJson([...((written.tables[name] ?? []) as AnyRow[])].sort(byKey(name))),
    );
}

const badFile: fc.Arbitrary<BadFile> = fc
  .constantFrom('new' as const, 'already-here' as const)
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      mutation: mutations[base],
      protection: protectionArbitrary,
    }),
  );

function expectReadableRefusal(problems: readonly string[]) {
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(21);
  for (const line of problems) {
    expect(typeof line).toBe('string');
    expect(line.trim()).not.toBe('');
    expect(line.length).toBeLessThanOrEqual(1_000);
    expect(line).not.toMatch(/\[object Object\]|undefined|NaN|^Error/);
  }
}

let baseline: Buffer;
beforeAll(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await engagementFileRepository.importFile(hereFile, { asCopy: false });
  baseline = await databaseBytes();
});

describe(`importing ${runs.toLocaleString('en')} generated bad engagement files`, () => {
  it('refuses each cleanly or imports it whole, and leaves the database byte for byte as it was after every refusal', async () => {
    const seen = { refused: 0, imported: 0, alreadyHere: 0, wrongPassphrase: 0 };
    await fc.assert(
      fc.asyncProperty(badFile, async ({ base, mutation, protection }) => {
        const good = base === 'new' ? newFile : hereFile;
        const plain = applyMutation(good, mutation);
        let bytes = plain;
        let given: string | null = null;
        if (protection.kind !== 'none') {
          const sealed = await sealWithPassphrase(bytes, passphrase, {
            contains: contentKinds.engagement,
            cost: cheap,
          });
          bytes = protection.kind === 'tampered' ? tamper(sealed, protection.flips) : sealed;
          given =
            protection.kind === 'sealed' && protection.passphrase === 'wrong'
              ? 'not the passphrase'
              : passphrase;
        }

        const checked = await checkEngagementFileBytes(bytes, 'fuzzed.sessionstudio', given);
        if (protection.kind === 'sealed' && protection.passphrase === 'wrong') {
          expect(checked).toMatchObject({ ok: false, passphrase: 'wrong' });
          seen.wrongPassphrase += 1;
        }
        if (protection.kind === 'tampered') expect(checked.ok).toBe(false);
        if (!checked.ok) {
          expectReadableRefusal(checked.problems);
          seen.refused += 1;
          expect((await databaseBytes()).equals(baseline)).toBe(true);
          return;
        }
        let id: string | null = null;
        try {
          id = await engagementFileRepository.importFile(checked.file, { asCopy: false });
        } catch (error) {
          // The same engagement is here: refused by the repository, never overwritten.
          expect(error).toBeInstanceOf(AlreadyOnThisLaptopError);
          seen.alreadyHere += 1;
        }
        if (id !== null) {
          await expectImportedAsWritten(JSON.parse(plain.toString('utf8')), id);
          seen.imported += 1;
          await removeImported(checked.file as typeof newFile);
        }
        expect((await databaseBytes()).equals(baseline)).toBe(true);
      }),
      { numRuns: runs, endOnFailure: true },
    );
    // The generator reached every outcome, so the test cannot pass by refusing everything.
    expect(seen.refused).toBeGreaterThan(runs / 4);
    expect(seen.imported).toBeGreaterThan(0);
    expect(seen.alreadyHere).toBeGreaterThan(0);
    expect(seen.wrongPassphrase).toBeGreaterThan(0);
    console.info(`Fuzzed imports: ${JSON.stringify(seen)}`);
  }, 600_000);
});
