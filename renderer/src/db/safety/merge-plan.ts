import { rowHash } from '../../../../shared/data/row-digest';
import type { JournalChange, SafetyEntry } from '../../../../shared/data/safety-copy-schemas';
import { tableLayouts, type TableName } from '../../../../shared/data/table-names';

type Row = Record<string, unknown>;

/** How one table of IndexedDB is brought in step with main's copy. */
export interface MergePlan {
  /** Rows from main to write locally: missing here, or older here. */
  put: Row[];
  /** Keys main recorded as deleted that are still here. */
  remove: string[];
  /** Rows newer here than in main (written but not acknowledged before a crash): send to main. */
  send: Omit<JournalChange, 'unit'>[];
  /** Keys of `put` rows that were missing here altogether. */
  missingKeys: Set<string>;
}

const updatedAtOf = (row: Row): number | null =>
  typeof row.updatedAt === 'number' ? row.updatedAt : null;

/**
 * Merges by row. Main's copy is authoritative for what it acknowledged, and a deletion it recorded
 * stays deleted; a row is kept from IndexedDB only when it is plainly newer (a later updatedAt than
 * main's row or deletion) or unknown to main. `localWinsTies` is for a launch in which a schema
 * upgrade rewrote rows without changing their updatedAt.
 */
export function planMerge(
  table: TableName,
  localRows: readonly Row[],
  mainEntries: readonly SafetyEntry[],
  { localWinsTies = false } = {},
): MergePlan {
  const keyField = tableLayouts[table].key;
  const local = new Map(localRows.map((row) => [String(row[keyField]), row]));
  const plan: MergePlan = { put: [], remove: [], send: [], missingKeys: new Set() };
  const keep = (key: string, row: Row) => plan.send.push({ table, key, row });

  for (const entry of mainEntries) {
    const mine = local.get(entry.key);
    local.delete(entry.key);
    if (entry.row) {
      // A row whose key does not match is not trusted into the database.
      if (entry.row[keyField] !== entry.key) continue;
      if (!mine) {
        plan.put.push(entry.row);
        plan.missingKeys.add(entry.key);
      } else if (rowHash(mine) !== rowHash(entry.row)) {
        const mineAt = updatedAtOf(mine);
        const mainAt = updatedAtOf(entry.row);
        const newerHere =
          mineAt !== null &&
          mainAt !== null &&
          (mineAt > mainAt || (mineAt === mainAt && localWinsTies));
        if (newerHere) keep(entry.key, mine);
        else plan.put.push(entry.row);
      }
    } else if (mine) {
      if ((updatedAtOf(mine) ?? 0) > (entry.deletedAt ?? 0)) keep(entry.key, mine);
      else plan.remove.push(entry.key);
    }
  }
  // What is left here is unknown to main.
  for (const [key, row] of local) keep(key, row);
  return plan;
}
