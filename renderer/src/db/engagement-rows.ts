import type { Table } from 'dexie';
import { tableNames, type TableName } from '../../../shared/data/table-names';
import { db } from './database';

type Row = Record<string, unknown>;

const table = (name: TableName): Table<Row, string> => db.table<Row, string>(name);

/** Every client-data table, for a transaction over all of them. */
export const clientTables = () => tableNames.map(table);

/** Rows of one table whose `field` is one of `values`, by primary key, index, or a scan. */
export async function rowsWhere(name: TableName, field: string, values: string[]): Promise<Row[]> {
  if (values.length === 0) return [];
  const store = table(name);
  const { primKey, idxByName } = store.schema;
  if (primKey.name === field)
    return (await store.bulkGet(values)).filter((row): row is Row => row !== undefined);
  // One getAll per value, in the index's order (as anyOf gives them): anyOf walks a cursor, a
  // round trip per row.
  if (idxByName[field])
    return (
      await Promise.all(
        [...new Set(values)].sort().map((value) => store.where(field).equals(value).toArray()),
      )
    ).flat();
  const wanted = new Set(values);
  return store.filter((row) => wanted.has(String(row[field]))).toArray();
}

/** The field that names a row's engagement in a table, or its session where nothing else does. */
function ownerField(name: TableName): 'id' | 'engagementId' | 'sessionId' {
  if (name === 'engagements') return 'id';
  const { primKey, idxByName } = table(name).schema;
  return primKey.name === 'engagementId' || idxByName.engagementId ? 'engagementId' : 'sessionId';
}

/**
 * Rows of one table whose `field` (the key or an index) is one of `wanted`, sorted ids from
 * `wanted[0]` to its last: one request for the whole range, whatever it holds.
 */
async function rowsInRange(name: TableName, field: string, wanted: readonly string[]) {
  const named = new Set(wanted);
  const rows = await table(name)
    .where(field)
    .between(wanted[0], wanted[wanted.length - 1], true, true)
    .toArray();
  return rows.filter((row) => named.has(row[field] as string));
}

/**
 * Every row of several engagements, table by table, found through the indexes: each engagement's
 * own row, rows that name it, and rows of its sessions. Engagements' ids are read as one range per
 * table, so a batch costs a request per table (and one per session for the tables that only name
 * their session), not a request per table per engagement. Call it inside a transaction over
 * clientTables() for a consistent view.
 */
export async function rowsOfEngagements(
  engagementIds: readonly string[],
): Promise<Map<string, Map<TableName, Row[]>>> {
  const ids = [...new Set(engagementIds)].sort();
  const found = new Map(
    ids.map((id) => [id, new Map(tableNames.map((name) => [name, [] as Row[]]))]),
  );
  if (ids.length === 0) return found;
  const sessions = await rowsInRange('sessions', 'engagementId', ids);
  const sessionUnits = new Map(
    sessions.map((session) => [String(session.id), session.engagementId as string]),
  );
  // Every table's request at once: IndexedDB answers them in one pass of the transaction instead
  // of a round trip each.
  const tables = await Promise.all(
    tableNames.map((name) => {
      const field = ownerField(name);
      if (name === 'sessions') return sessions;
      if (field === 'sessionId') return rowsWhere(name, field, [...sessionUnits.keys()]);
      return rowsInRange(name, field, ids);
    }),
  );
  tableNames.forEach((name, index) => {
    const field = ownerField(name);
    for (const row of tables[index] ?? []) {
      const unit =
        field === 'sessionId' ? sessionUnits.get(String(row.sessionId)) : (row[field] as string);
      if (unit !== undefined) found.get(unit)?.get(name)?.push(row);
    }
  });
  return found;
}

/**
 * Every row of one engagement, table by table (rowsOfEngagements). Call it inside a transaction
 * over clientTables() for a consistent view.
 */
export async function rowsOfEngagement(engagementId: string): Promise<Map<TableName, Row[]>> {
  return (await rowsOfEngagements([engagementId])).get(engagementId)!;
}
