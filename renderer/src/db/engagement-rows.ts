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

/**
 * Every row of one engagement, table by table, found through the indexes: the engagement's own
 * row, rows that name it, and rows of its sessions. Call it inside a transaction over
 * clientTables() for a consistent view.
 */
export async function rowsOfEngagement(engagementId: string): Promise<Map<TableName, Row[]>> {
  const sessions = await rowsWhere('sessions', 'engagementId', [engagementId]);
  const sessionIds = sessions.map((session) => String(session.id));
  // Every table's request at once: IndexedDB answers them in one pass of the transaction instead
  // of a round trip each.
  const tables = await Promise.all(
    tableNames.map((name) => {
      const { primKey, idxByName } = table(name).schema;
      if (name === 'engagements') return rowsWhere(name, 'id', [engagementId]);
      if (name === 'sessions') return sessions;
      if (primKey.name === 'engagementId' || idxByName.engagementId)
        return rowsWhere(name, 'engagementId', [engagementId]);
      return rowsWhere(name, 'sessionId', sessionIds);
    }),
  );
  return new Map(tableNames.map((name, index) => [name, tables[index] ?? []]));
}
