import type { Transaction } from 'dexie';
import { TableDigest } from '../../../../shared/data/row-digest';
import { tableNames, type TableName } from '../../../../shared/data/table-names';
import { entryHash, unitOfRow } from '../../../../shared/data/units';
import { unitDigestsTable } from '../database-name';

/**
 * Each engagement's digest, kept in IndexedDB beside its rows and updated in the same transaction
 * as every write (journal-middleware), so the start compares one small row per engagement with
 * main's copy instead of reading and hashing the whole library.
 */
export { unitDigestsTable };

export interface UnitDigestRow {
  unit: string;
  /** TableDigest.toString() over the unit's rows, each hashed with its table (units.ts). */
  digest: string;
}

type Row = Record<string, unknown>;

/** The digests of every unit, from every row: for a schema upgrade and the tests. */
export function digestsOfTables(tables: ReadonlyMap<TableName, readonly Row[]>): UnitDigestRow[] {
  const sessionUnits = new Map<string, string>();
  for (const session of tables.get('sessions') ?? [])
    if (typeof session.id === 'string' && typeof session.engagementId === 'string')
      sessionUnits.set(session.id, session.engagementId);
  const digests = new Map<string, TableDigest>();
  for (const [table, rows] of tables) {
    for (const row of rows) {
      const unit = unitOfRow(table, row, (sessionId) => sessionUnits.get(sessionId));
      let digest = digests.get(unit);
      if (!digest) digests.set(unit, (digest = new TableDigest()));
      digest.add(entryHash(table, row));
    }
  }
  return [...digests].map(([unit, digest]) => ({ unit, digest: digest.toString() }));
}

/**
 * Computes every unit's digest afresh inside a transaction over all tables: the upgrade that
 * introduced them, and any later upgrade that rewrote rows behind the middleware's back.
 */
export async function rebuildUnitDigests(transaction: Transaction): Promise<void> {
  const tables = new Map<TableName, Row[]>();
  // A table a later version adds does not exist yet when an earlier version upgrades: it has no
  // rows to count.
  for (const table of tableNames)
    if (transaction.idbtrans.objectStoreNames.contains(table))
      tables.set(table, (await transaction.table(table).toArray()) as Row[]);
  const store = transaction.table(unitDigestsTable);
  await store.clear();
  await store.bulkPut(digestsOfTables(tables));
}
