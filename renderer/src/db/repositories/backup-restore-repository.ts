import type { Table } from 'dexie';
import { tableNames, tableSpecs, type TableName } from '../../../../shared/data/tables';
import type { AnyRow, EngagementFileContent } from '../../../../shared/engagement-file/format';
import { db } from '../database';
import { clientTables, rowsOfEngagement } from '../engagement-rows';
import { trackSave } from '../save-status';

const table = (name: TableName): Table<AnyRow, string> => db.table<AnyRow, string>(name);

/** The rows of one engagement's content by table, its own row under engagements. */
function rowsByTable(content: EngagementFileContent): Map<TableName, AnyRow[]> {
  const tables = content.tables as unknown as Record<string, AnyRow[] | undefined>;
  return new Map(
    tableNames.map((name) => [
      name,
      name === 'engagements' ? [content.engagement as AnyRow] : (tables[name] ?? []),
    ]),
  );
}

/** Makes one engagement's rows exactly `wanted` (none, to remove it), in the current transaction. */
async function replaceRows(engagementId: string, wanted: Map<TableName, AnyRow[]>) {
  const here = await rowsOfEngagement(engagementId);
  for (const name of tableNames) {
    const key = tableSpecs[name].key;
    const rows = wanted.get(name) ?? [];
    const keep = new Set(rows.map((row) => String(row[key])));
    const gone = (here.get(name) ?? [])
      .map((row) => String(row[key]))
      .filter((rowKey) => !keep.has(rowKey));
    if (gone.length > 0) await table(name).bulkDelete(gone);
    if (rows.length > 0) await table(name).bulkPut(rows);
  }
}

/**
 * Writes engagements from a backup. Each engagement is replaced whole, in one transaction: its
 * rows become exactly the backup's, or nothing changes. The writes go through the journal like
 * any edit, so the safety copy follows.
 */
export const backupRestoreRepository = {
  replaceEngagement(content: EngagementFileContent): Promise<void> {
    return trackSave(
      db.transaction('rw', clientTables(), async () => {
        await replaceRows(content.engagement.id, rowsByTable(content));
      }),
    );
  },

  /** Removes an engagement with everything in it at once (a whole restore of an older state). */
  removeEngagement(engagementId: string): Promise<void> {
    return trackSave(
      db.transaction('rw', clientTables(), async () => {
        await replaceRows(engagementId, new Map());
      }),
    );
  },

  /** Every engagement on this laptop, deleted ones waiting to be purged included. */
  async engagementIds(): Promise<string[]> {
    return (await db.engagements.toCollection().primaryKeys()) as string[];
  },
};
