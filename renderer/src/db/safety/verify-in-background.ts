import type { SafetyStatus } from '../../../../shared/data/safety-copy-schemas';
import type { TableName } from '../../../../shared/data/tables';
import { TableDigest } from '../../../../shared/data/row-digest';
import { emptyUnitDigest, entryHash, unitDigestOf } from '../../../../shared/data/units';
import { db } from '../database';
import { clientTables, rowsOfEngagements } from '../engagement-rows';
import { reconcileUnits, unitsThatDiffer, type ReadSafetyCopyPage } from './reconcile';
import { unitDigestsTable, type UnitDigestRow } from './unit-digests';

type Row = Record<string, unknown>;

const digestOfRows = (rows: Map<TableName, Row[]>) =>
  unitDigestOf(
    [...rows].flatMap(([table, list]) => list.map((row) => ({ table, row }))),
  ).toString();

/** Rows hashed between two quiet moments: a few milliseconds, so a click never waits on them. */
const rowsPerSlice = 48;

/**
 * Engagements read together: one read transaction and a request per table for all of them, small
 * enough that the rows of a batch come back in a few milliseconds.
 */
export const unitsPerBatch = 32;

/** The digests kept for a batch of units and their rows, read in one transaction so they belong together. */
async function keptAndRows(units: readonly string[]) {
  return db.transaction('r', [...clientTables(), db.table(unitDigestsTable)], async () => {
    const [kept, rows] = await Promise.all([
      db
        .table<UnitDigestRow, string>(unitDigestsTable)
        .where('unit')
        .between(units[0], units[units.length - 1], true, true)
        .toArray(),
      rowsOfEngagements(units),
    ]);
    return { kept: new Map(kept.map((row) => [row.unit, row.digest])), rows };
  });
}

/** Waits for a quiet moment after every `rowsPerSlice` rows hashed, across engagements. */
function slicer(idle: () => Promise<void>) {
  let inSlice = 0;
  return async () => {
    if (inSlice === rowsPerSlice) {
      await idle();
      inSlice = 0;
    }
    inSlice += 1;
  };
}

/** The same digest as digestOfRows, hashed a slice of rows at a time, each in a quiet moment. */
async function digestInSlices(rows: Map<TableName, Row[]>, nextRow: () => Promise<void>) {
  const digest = new TableDigest();
  for (const [table, list] of rows)
    for (const row of list) {
      await nextRow();
      digest.add(entryHash(table, row));
    }
  return digest.toString();
}

/**
 * Writes the digests the units' rows give, in one transaction that no write can interleave: one
 * read per table for all of them, so a library written behind the app's back is corrected a batch
 * at a time, not a transaction per engagement.
 */
async function correctDigests(units: readonly string[]): Promise<Map<string, string>> {
  return db.transaction('rw', [...clientTables(), db.table(unitDigestsTable)], async () => {
    const rows = await rowsOfEngagements(units);
    const store = db.table<UnitDigestRow, string>(unitDigestsTable);
    const actual = new Map(units.map((unit) => [unit, digestOfRows(rows.get(unit) ?? new Map())]));
    const entries = [...actual];
    await store.bulkDelete(
      entries.filter(([, digest]) => digest === emptyUnitDigest).map(([unit]) => unit),
    );
    await store.bulkPut(
      entries
        .filter(([, digest]) => digest !== emptyUnitDigest)
        .map(([unit, digest]) => ({ unit, digest })),
    );
    return actual;
  });
}

/** Rows a correction hashes in one go, inside its transaction (an engagement larger goes alone). */
const rowsPerCorrection = 256;

/** The units to correct, grouped so a group's rows stay within rowsPerCorrection. */
function correctionGroups(units: readonly string[], rowsOf: (unit: string) => number) {
  const groups: string[][] = [];
  let group: string[] = [];
  let rows = 0;
  for (const unit of units) {
    if (group.length > 0 && rows + rowsOf(unit) > rowsPerCorrection) {
      groups.push(group);
      group = [];
      rows = 0;
    }
    group.push(unit);
    rows += rowsOf(unit);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const rowCount = (rows: Map<TableName, Row[]> | undefined) =>
  [...(rows?.values() ?? [])].reduce((sum, list) => sum + list.length, 0);

export interface BackgroundCheck {
  /** Engagements whose kept digest did not match their rows (written behind the app's back). */
  corrected: number;
  restoredRows: number;
  restoredEngagements: number;
  sent: number;
}

interface VerifyOptions {
  /** Waits for a quiet moment of the page before each batch and between slices of rows. */
  idle: () => Promise<void>;
  /** Main's digests, asked afresh once the changes on their way have arrived. */
  status: () => Promise<SafetyStatus>;
  read: ReadSafetyCopyPage;
  send: (changes: Awaited<ReturnType<typeof reconcileUnits>>['toSend']) => void;
}

/**
 * The full check, after the home is on screen: each engagement's rows are hashed again, read a
 * batch of engagements at a time (a request per table for the batch) and hashed a slice of rows
 * at a time, each in a quiet moment of the page, and compared with the digest kept beside them
 * (read in the same transaction as the rows), which the start trusted.
 * An engagement whose digest was wrong gets the right one and is then compared with main's copy
 * like at the start. Reads everything, so it never holds up the consultant.
 */
export async function verifyInBackground({
  idle,
  status,
  read,
  send,
}: VerifyOptions): Promise<BackgroundCheck> {
  const units = new Set<string>([
    ...((await db.engagements.toCollection().primaryKeys()) as string[]),
    ...((await db.table(unitDigestsTable).toCollection().primaryKeys()) as string[]),
  ]);
  const ordered = [...units].sort();
  const corrected = new Map<string, string>();
  const nextRow = slicer(idle);
  for (let start = 0; start < ordered.length; start += unitsPerBatch) {
    await idle();
    const batch = ordered.slice(start, start + unitsPerBatch);
    const { kept, rows } = await keptAndRows(batch);
    const wrong: string[] = [];
    for (const unit of batch) {
      const actual = await digestInSlices(rows.get(unit) ?? new Map(), nextRow);
      if ((kept.get(unit) ?? emptyUnitDigest) !== actual) wrong.push(unit);
    }
    for (const group of correctionGroups(wrong, (unit) => rowCount(rows.get(unit)))) {
      await idle();
      for (const [unit, digest] of await correctDigests(group)) corrected.set(unit, digest);
    }
  }
  const check: BackgroundCheck = {
    corrected: corrected.size,
    restoredRows: 0,
    restoredEngagements: 0,
    sent: 0,
  };
  if (corrected.size === 0) return check;
  const mainStatus = await status();
  const differ = unitsThatDiffer(corrected, mainStatus).filter((unit) => corrected.has(unit));
  // A batch of engagements at a time, each in a quiet moment: with a library written behind the
  // app's back, that is every engagement.
  for (let start = 0; start < differ.length; start += unitsPerBatch) {
    await idle();
    const outcome = await reconcileUnits(
      differ.slice(start, start + unitsPerBatch),
      mainStatus,
      read,
    );
    send(outcome.toSend);
    check.restoredRows += outcome.restoredRows;
    check.restoredEngagements += outcome.restoredEngagements;
    check.sent += outcome.toSend.length;
  }
  return check;
}
