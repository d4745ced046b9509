import { digestOf } from '../../../../shared/data/row-digest';
import {
  safetyLimits,
  type SafetyEntry,
  type SafetyPage,
  type SafetyPageRequest,
  type SafetyStatus,
} from '../../../../shared/data/safety-copy-schemas';
import { isTableName, tableNames, type TableName } from '../../../../shared/data/tables';
import type { IpcResult } from '../../../../shared/ipc/result';
import { db } from '../database';
import { leaveOutOfJournal } from './journal-middleware';
import { journalRecorder } from './journal-recorder';
import { planMerge, type MergePlan } from './merge-plan';

type Row = Record<string, unknown>;
export type ReadSafetyCopyPage = (request: SafetyPageRequest) => Promise<IpcResult<SafetyPage>>;

export interface ReconcileOutcome {
  /** Visible engagements that were missing here and came back from main. */
  restoredEngagements: number;
  /** Rows written here from main: missing or older here. */
  restoredRows: number;
  /** Rows main lacks or holds older: to be sent through the journal. */
  toSend: MergePlan['send'];
  /** Both copies are empty although the marker says data existed. */
  bothEmpty: boolean;
}

export type LocalTables = Map<TableName, Row[]>;

/** Every row of every client-data table, read in one transaction. */
export async function readLocalTables(): Promise<LocalTables> {
  const tables = db.tables.filter((table) => isTableName(table.name));
  return db.transaction('r', tables, async () => {
    const entries = await Promise.all(
      tables.map(
        async (table) => [table.name as TableName, (await table.toArray()) as Row[]] as const,
      ),
    );
    return new Map(entries);
  });
}

async function readMainTable(read: ReadSafetyCopyPage, table: TableName): Promise<SafetyEntry[]> {
  const entries: SafetyEntry[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await read({ table, offset, limit: safetyLimits.rowsPerPage });
    if (!page.ok) throw new Error(page.error.message);
    entries.push(...page.value.entries);
    offset =
      page.value.nextOffset !== null && page.value.nextOffset > offset
        ? page.value.nextOffset
        : null;
  }
  return entries;
}

async function applyFromMain(plans: Map<TableName, MergePlan>): Promise<void> {
  const changed = [...plans].filter(([, plan]) => plan.put.length > 0 || plan.remove.length > 0);
  if (changed.length === 0) return;
  const tables = changed.map(([name]) => db.table(name));
  // One transaction, so a rebuild is whole or not at all; its rows came from main and stay out of
  // the journal.
  await db.transaction('rw', tables, async (transaction) => {
    leaveOutOfJournal(transaction.idbtrans);
    for (const [name, plan] of changed) {
      if (plan.put.length > 0) await db.table(name).bulkPut(plan.put);
      if (plan.remove.length > 0) await db.table(name).bulkDelete(plan.remove);
    }
  });
}

/**
 * The startup check: compares each table's digest here with main's; for a table that differs,
 * reads main's rows page by page and merges by row. Tables that agree cost one hash pass here.
 */
export async function reconcileWithMain(
  status: SafetyStatus,
  read: ReadSafetyCopyPage,
  local: LocalTables,
): Promise<ReconcileOutcome> {
  const plans = new Map<TableName, MergePlan>();
  for (const table of tableNames) {
    const rows = local.get(table) ?? [];
    const summary = status.tables[table];
    if (digestOf(rows).toString() === summary?.digest) continue;
    // Main holds nothing for the table (a first launch): there is nothing to read.
    const mainEntries =
      summary && summary.rows + summary.deleted > 0 ? await readMainTable(read, table) : [];
    plans.set(
      table,
      planMerge(table, rows, mainEntries, { localWinsTies: journalRecorder.upgradedThisLaunch }),
    );
  }
  await applyFromMain(plans);

  const engagements = plans.get('engagements');
  const restoredEngagements =
    engagements?.put.filter(
      (row) => engagements.missingKeys.has(String(row.id)) && row.deletedAt === 0,
    ).length ?? 0;
  const nothingHere = [...local.values()].every((rows) => rows.length === 0);
  const nothingInMain = Object.values(status.tables).every((table) => table.rows === 0);
  return {
    restoredEngagements,
    restoredRows: [...plans.values()].reduce((sum, plan) => sum + plan.put.length, 0),
    toSend: [...plans.values()].flatMap((plan) => plan.send),
    bothEmpty: nothingHere && nothingInMain && status.dataSince !== null,
  };
}
