import type { SafetyStatus } from '../../../../shared/data/safety-copy-schemas';
import type { TableName } from '../../../../shared/data/tables';
import { emptyUnitDigest, unitDigestOf } from '../../../../shared/data/units';
import { db } from '../database';
import { clientTables, rowsOfEngagement } from '../engagement-rows';
import { reconcileUnits, unitsThatDiffer, type ReadSafetyCopyPage } from './reconcile';
import { unitDigestsTable, type UnitDigestRow } from './unit-digests';

type Row = Record<string, unknown>;

const digestOfRows = (rows: Map<TableName, Row[]>) =>
  unitDigestOf(
    [...rows].flatMap(([table, list]) => list.map((row) => ({ table, row }))),
  ).toString();

/** The digest kept for a unit against one computed from its rows, read in one transaction. */
async function keptAndActual(unit: string): Promise<{ kept: string; actual: string }> {
  return db.transaction('r', [...clientTables(), db.table(unitDigestsTable)], async () => {
    const kept = await db.table<UnitDigestRow, string>(unitDigestsTable).get(unit);
    return {
      kept: kept?.digest ?? emptyUnitDigest,
      actual: digestOfRows(await rowsOfEngagement(unit)),
    };
  });
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
  /** Waits for a quiet moment of the page before each engagement. */
  idle: () => Promise<void>;
  /** Main's digests, asked afresh once the changes on their way have arrived. */
  status: () => Promise<SafetyStatus>;
  read: ReadSafetyCopyPage;
  send: (changes: Awaited<ReturnType<typeof reconcileUnits>>['toSend']) => void;
}

/**
 * The full check, after the home is on screen: each engagement's rows are hashed again, one at a
 * time in quiet moments, and compared with the digest kept beside them, which the start trusted.
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
  const corrected = new Map<string, string>();
  for (const unit of units) {
    await idle();
    const { kept, actual } = await keptAndActual(unit);
    if (kept !== actual) corrected.set(unit, await correctDigest(unit));
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
