import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { tableNames, tableSpecs, type TableName } from '../../../../shared/data/tables';
import type { AnyRow, EngagementFileContent } from '../../../../shared/engagement-file/format';
import { db } from '../database';
import { clientTables, rowsOfEngagement } from '../engagement-rows';
import { trackSave } from '../save-status';
import { writeThroughSafetyCopy } from '../safety/write-through-safety-copy';

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

/**
 * The changes that make one engagement's rows exactly `wanted` (none, to remove it): its rows
 * here that `wanted` lacks are deleted, and each wanted row is written as restored at `at`, a
 * later change than any it replaces.
 */
async function replacement(
  engagementId: string,
  wanted: Map<TableName, AnyRow[]>,
  at: number,
): Promise<JournalChange[]> {
  const here = await rowsOfEngagement(engagementId);
  const changes: JournalChange[] = [];
  for (const name of tableNames) {
    const key = tableSpecs[name].key;
    const rows = wanted.get(name) ?? [];
    const keep = new Set(rows.map((row) => String(row[key])));
    for (const row of here.get(name) ?? [])
      if (!keep.has(String(row[key])))
        changes.push({ table: name, key: String(row[key]), unit: engagementId, row: null });
    for (const row of rows)
      changes.push({
        table: name,
        key: String(row[key]),
        unit: engagementId,
        row:
          typeof row.updatedAt === 'number'
            ? { ...row, updatedAt: Math.max(row.updatedAt, at) }
            : row,
      });
  }
  return changes;
}

/**
 * Writes engagements from a backup: each one's rows become exactly the backup's and, for a whole
 * restore, the engagements the backup does not hold are removed. A row that could not be written
 * refuses the restore before anything changes. Main's safety copy takes the whole restore first,
 * then the database in small transactions (safety/write-through-safety-copy.ts), so a restore cut
 * short is completed at the next start. The restored rows count as changed now.
 */
export const backupRestoreRepository = {
  restore(
    engagements: readonly EngagementFileContent[],
    { removeOthers }: { removeOthers: boolean },
  ): Promise<void> {
    return trackSave(
      (async () => {
        const at = Date.now();
        const changes = await db.transaction('r', clientTables(), async () => {
          const planned: JournalChange[] = [];
          for (const content of engagements)
            planned.push(...(await replacement(content.engagement.id, rowsByTable(content), at)));
          if (removeOthers) {
            const kept = new Set(engagements.map((content) => content.engagement.id));
            // Deleted engagements waiting to be purged too: the state becomes the backup's.
            const here = (await db.engagements.toCollection().primaryKeys()) as string[];
            for (const id of here)
              if (!kept.has(id)) planned.push(...(await replacement(id, new Map(), at)));
          }
          return planned;
        });
        await writeThroughSafetyCopy(changes);
      })(),
    );
  },
};
