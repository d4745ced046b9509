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
 * Writes engagements from a backup, all in one transaction: each one's rows become exactly the
 * backup's and, for a whole restore, the engagements the backup does not hold are removed; or,
 * should anything fail, nothing changes. The writes go through the journal like any edit, so the
 * safety copy follows.
 */
export const backupRestoreRepository = {
  restore(
    engagements: readonly EngagementFileContent[],
    { removeOthers }: { removeOthers: boolean },
  ): Promise<void> {
    return trackSave(
      db.transaction('rw', clientTables(), async () => {
        for (const content of engagements)
          await replaceRows(content.engagement.id, rowsByTable(content));
        if (!removeOthers) return;
        const kept = new Set(engagements.map((content) => content.engagement.id));
        // Deleted engagements waiting to be purged too: the state becomes the backup's.
        const here = (await db.engagements.toCollection().primaryKeys()) as string[];
        for (const id of here) if (!kept.has(id)) await replaceRows(id, new Map());
      }),
    );
  },
};
