import {
  changeProblem,
  tableLabel,
  type JournalChange,
} from '../../../../shared/data/safety-copy-schemas';
import { tableSpecs } from '../../../../shared/data/tables';
import { journalRecorder } from './journal-recorder';
import { journalSender } from './start-safety-copy';
import { writeInChunks } from './write-in-chunks';

/**
 * Writes a change too large for one small transaction (a restore from a backup): each row is
 * checked as main checks it, so a bad one stops it before anything is written; then main's safety
 * copy gets every change and acknowledges it; only then does IndexedDB take them, in small
 * transactions (write-in-chunks.ts). Should the app stop between two of them, the start compares
 * each engagement's digest with main's copy and writes what the database lacks: the write
 * completes. Rows written this way must be newer than the ones they replace (a later updatedAt),
 * as any edit is, so that comparison keeps main's. Outside the desktop app there is no copy.
 */
export async function writeThroughSafetyCopy(changes: readonly JournalChange[]): Promise<void> {
  for (const change of changes) {
    const keyField = tableSpecs[change.table].key;
    const problem =
      change.row && typeof change.row[keyField] !== 'string'
        ? `A row of ${tableLabel(change.table)} has no ${keyField}.`
        : changeProblem(change);
    if (problem) throw new Error(problem);
  }
  if (journalRecorder.active) {
    journalSender.record(changes);
    // Acknowledged, or the sender keeps trying and the indicator says why: either way the
    // database takes the changes now, as it takes an edit main has not yet acknowledged.
    await journalSender.settled();
  }
  await writeInChunks(changes);
}
