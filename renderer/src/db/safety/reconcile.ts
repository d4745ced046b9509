import { rowHash } from '../../../../shared/data/row-digest';
import { safetyLimits } from '../../../../shared/data/safety-limits';
import type {
  JournalChange,
  SafetyEntry,
  SafetyPage,
  SafetyPageRequest,
  SafetyStatus,
} from '../../../../shared/data/safety-copy-schemas';
import { tableLayouts, tableNames, type TableName } from '../../../../shared/data/table-names';
import { emptyUnitDigest, unknownUnit } from '../../../../shared/data/units';
import type { IpcResult } from '../../../../shared/ipc/result';
import { db } from '../database';
import { clientTables, rowsOfEngagement } from '../engagement-rows';
import { journalRecorder } from './journal-recorder';
import { planMerge, type MergePlan } from './merge-plan';
import { rebuildUnitDigests, unitDigestsTable, type UnitDigestRow } from './unit-digests';
import { writeInChunks } from './write-in-chunks';

type Row = Record<string, unknown>;
export type ReadSafetyCopyPage = (request: SafetyPageRequest) => Promise<IpcResult<SafetyPage>>;

export interface ReconcileOutcome {
  /** Visible engagements that were missing here and came back from main. */
  restoredEngagements: number;
  /** Rows written here from main: missing or older here. */
  restoredRows: number;
  /** Rows removed here because main holds them deleted. */
  removedRows: number;
  /** Rows main lacks or holds older: to be sent through the journal. */
  toSend: JournalChange[];
  /** Both copies are empty although the marker says data existed. */
  bothEmpty: boolean;
}

/**
 * Each unit's digest as IndexedDB keeps it: one small row per engagement. After a schema upgrade
 * that rewrote rows (behind the middleware), they are computed afresh first.
 */
export async function readLocalDigests(): Promise<Map<string, string>> {
  await db.open();
  if (journalRecorder.upgradedThisLaunch)
    await db.transaction(
      'rw',
      [...clientTables(), db.table(unitDigestsTable)],
      async (transaction) => await rebuildUnitDigests(transaction),
    );
  const rows = await db.table<UnitDigestRow, string>(unitDigestsTable).toArray();
  return new Map(rows.map((row) => [row.unit, row.digest]));
}

/** The units whose digests differ between the two copies (a missing unit counts as empty). */
export function unitsThatDiffer(
  local: ReadonlyMap<string, string>,
  status: SafetyStatus,
): string[] {
  const units = new Set([...local.keys(), ...Object.keys(status.units)]);
  return [...units].filter(
    (unit) =>
      (local.get(unit) ?? emptyUnitDigest) !== (status.units[unit]?.digest ?? emptyUnitDigest),
  );
}

async function readMainUnit(read: ReadSafetyCopyPage, unit: string): Promise<SafetyEntry[]> {
  const entries: SafetyEntry[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await read({ unit, offset, limit: safetyLimits.rowsPerPage });
    if (!page.ok) throw new Error(page.error.message);
    entries.push(...page.value.entries);
    offset =
      page.value.nextOffset !== null && page.value.nextOffset > offset
        ? page.value.nextOffset
        : null;
  }
  return entries;
}

/** The rows here that main's entries name, by key: for the unit whose rows cannot be listed. */
async function rowsNamedBy(entries: readonly SafetyEntry[]): Promise<Map<TableName, Row[]>> {
  const rows = new Map<TableName, Row[]>();
  for (const table of tableNames) {
    const keys = entries.filter((entry) => entry.table === table).map((entry) => entry.key);
    const found = keys.length > 0 ? await db.table<Row, string>(table).bulkGet(keys) : [];
    rows.set(
      table,
      found.filter((row): row is Row => row !== undefined),
    );
  }
  return rows;
}

interface UnitPlan {
  unit: string;
  plans: Map<TableName, MergePlan>;
  /** The hash of each row here that the plan replaces or removes, to see it was not edited since. */
  planned: Map<string, string | null>;
}

const rowId = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * Plans one unit: main's rows and deletions against the rows here, table by table. Deletions main
 * could not place in a unit (kept from before it kept units) count in every unit compared.
 */
async function planUnit(
  unit: string,
  mainEntries: readonly SafetyEntry[],
  unplacedDeletions: readonly SafetyEntry[],
): Promise<UnitPlan> {
  // An async scope, so Dexie keeps the transaction open across the native awaits inside.
  const local = await db.transaction('r', clientTables(), async () =>
    unit === unknownUnit ? await rowsNamedBy(mainEntries) : await rowsOfEngagement(unit),
  );
  const seen = new Set(mainEntries.map((entry) => rowId(entry.table, entry.key)));
  const entries = [
    ...mainEntries,
    ...unplacedDeletions.filter((entry) => !seen.has(rowId(entry.table, entry.key))),
  ];
  const plans = new Map<TableName, MergePlan>();
  const planned = new Map<string, string | null>();
  for (const table of tableNames) {
    const rows = local.get(table) ?? [];
    const plan = planMerge(
      table,
      rows,
      entries.filter((entry) => entry.table === table),
      { localWinsTies: journalRecorder.upgradedThisLaunch },
    );
    const keyField = tableLayouts[table].key;
    const here = new Map(rows.map((row) => [String(row[keyField]), row]));
    for (const row of plan.put) {
      const key = String(row[keyField]);
      const mine = here.get(key);
      planned.set(rowId(table, key), mine ? rowHash(mine) : null);
    }
    for (const key of plan.remove) {
      const mine = here.get(key);
      planned.set(rowId(table, key), mine ? rowHash(mine) : null);
    }
    plans.set(table, plan);
  }
  return { unit, plans, planned };
}

/**
 * Writes what main had, in small transactions (write-in-chunks.ts): a start cut short between two
 * of them finds the unit's digest still differing next time and writes the rest. Its rows came
 * from main and stay out of the journal. A row edited here since it was planned is left alone:
 * the edit is newer than anything main had.
 */
async function applyFromMain({ unit, plans, planned }: UnitPlan): Promise<void> {
  const changes: JournalChange[] = [];
  for (const [table, plan] of plans) {
    const keyField = tableLayouts[table].key;
    for (const row of plan.put) changes.push({ table, key: String(row[keyField]), unit, row });
    for (const key of plan.remove) changes.push({ table, key, unit, row: null });
  }
  await writeInChunks(changes, async ({ table, key }) => {
    const now = await db.table<Row, string>(table).get(key);
    return (now ? rowHash(now) : null) === planned.get(rowId(table, key));
  });
}

/**
 * Brings the units whose digests differ in step with main's copy: reads main's rows of each such
 * unit, and this unit's rows here, and merges by row. Units that agree cost nothing but the
 * comparison of their digests.
 */
export async function reconcileUnits(
  units: readonly string[],
  status: SafetyStatus,
  read: ReadSafetyCopyPage,
): Promise<Omit<ReconcileOutcome, 'bothEmpty'>> {
  const outcome = {
    restoredEngagements: 0,
    restoredRows: 0,
    removedRows: 0,
    toSend: [] as ReconcileOutcome['toSend'],
  };
  if (units.length === 0) return outcome;
  const unknown = status.units[unknownUnit];
  const unplaced =
    unknown && unknown.deleted > 0
      ? (await readMainUnit(read, unknownUnit)).filter((entry) => entry.row === null)
      : [];
  for (const unit of units) {
    const summary = status.units[unit];
    // Main holds nothing of the unit (new here): there is nothing to read.
    const mainEntries =
      summary && summary.rows + summary.deleted > 0 ? await readMainUnit(read, unit) : [];
    const plan = await planUnit(unit, mainEntries, unplaced);
    await applyFromMain(plan);
    const engagements = plan.plans.get('engagements');
    outcome.restoredEngagements +=
      engagements?.put.filter(
        (row) => engagements.missingKeys.has(String(row.id)) && row.deletedAt === 0,
      ).length ?? 0;
    for (const tablePlan of plan.plans.values()) {
      outcome.restoredRows += tablePlan.put.length;
      outcome.removedRows += tablePlan.remove.length;
    }
    // Rows found through the unit's engagement and sessions belong to it.
    for (const tablePlan of plan.plans.values())
      outcome.toSend.push(...tablePlan.send.map((change) => ({ ...change, unit })));
  }
  return outcome;
}

/** The startup check: compares the digests, and reconciles only the units that differ. */
export async function reconcileWithMain(
  status: SafetyStatus,
  read: ReadSafetyCopyPage,
  local: ReadonlyMap<string, string>,
): Promise<ReconcileOutcome> {
  // Main said its library agrees with these digests: no unit differs, and it listed none.
  const differ = status.sameLibrary ? [] : unitsThatDiffer(local, status);
  const outcome = await reconcileUnits(differ, status, read);
  const nothingHere = (await db.engagements.count()) === 0;
  const nothingInMain = status.sameLibrary
    ? [...local.values()].every((digest) => digest === emptyUnitDigest)
    : Object.values(status.units).every((unit) => unit.rows === 0);
  return { ...outcome, bothEmpty: nothingHere && nothingInMain && status.dataSince !== null };
}
