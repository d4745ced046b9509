import type { SafetyStatus } from '../../../../shared/data/safety-copy-schemas';
import type { TableName } from '../../../../shared/data/tables';
import { TableDigest } from '../../../../shared/data/row-digest';
import { emptyUnitDigest, entryHash, unitDigestOf } from '../../../../shared/data/units';
import { db } from '../database';
import { clientTables, rowsOfEngagement, rowsOfEngagements } from '../engagement-rows';
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

/** Writes the digest the unit's rows give, in a transaction that no write can interleave. */
async function correctDigest(unit: string): Promise<string> {
  return db.transaction('rw', [...clientTables(), db.table(unitDigestsTable)], async () => {
    const actual = digestOfRows(await rowsOfEngagement(unit));
    const store = db.table<UnitDigestRow, string>(unitDigestsTable);
    if (actual === emptyUnitDigest) await store.delete(unit);
    else await store.put({ unit, digest: actual });
    return actual;
  });
}

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
    for (const unit of batch) {
      const actual = await digestInSlices(rows.get(unit) ?? new Map(), nextRow);
      if ((kept.get(unit) ?? emptyUnitDigest) !== actual)
        corrected.set(unit, await correctDigest(unit));
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
  const outcome = await reconcileUnits(differ, mainStatus, read);
  send(outcome.toSend);
  return {
    ...check,
    restoredRows: outcome.restoredRows,
    restoredEngagements: outcome.restoredEngagements,
    sent: outcome.toSend.length,
  };
}
