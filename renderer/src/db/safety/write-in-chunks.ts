import {
  changeProblem,
  tableLabel,
  type JournalChange,
} from '../../../../shared/data/safety-copy-schemas';
import { tableSpecs } from '../../../../shared/data/tables';
import { db } from '../database';
import { leaveOutOfJournal } from './journal-middleware';
import { journalRecorder } from './journal-recorder';
import { journalSender } from './start-safety-copy';

type Row = Record<string, unknown>;

/**
 * What one transaction of a large write holds at most, in characters of JSON. Chromium keeps an
 * undo log on disk for a transaction that writes more than 1 MB and, since the app holds its
 * database open, never compacts away the deleted entries it leaves: every later start walks past
 * them. A quarter of that leaves room for strings stored two bytes a character, and the indexes.
 */
export const chunkChars = 256 * 1024;

/** The changes in order, cut into runs of at most `budget` characters (one change at least). */
export function chunksOf(
  changes: readonly JournalChange[],
  budget = chunkChars,
): JournalChange[][] {
  const chunks: JournalChange[][] = [];
  let chunk: JournalChange[] = [];
  let size = 0;
  for (const change of changes) {
    const cost = change.key.length + 64 + (change.row ? JSON.stringify(change.row).length : 0);
    if (chunk.length > 0 && size + cost > budget) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(change);
    size += cost;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** One chunk in one transaction, outside the journal: main has its changes already. */
async function writeChunk(changes: readonly JournalChange[]): Promise<void> {
  const tables = [...new Set(changes.map((change) => change.table))];
  await db.transaction(
    'rw',
    tables.map((name) => db.table(name)),
    async (transaction) => {
      leaveOutOfJournal(transaction.idbtrans);
      // Runs of one table and one kind, in order, so a later change to a row wins.
      let index = 0;
      while (index < changes.length) {
        const first = changes[index]!;
        const deleting = first.row === null;
        let end = index + 1;
        while (
          end < changes.length &&
          changes[end]!.table === first.table &&
          (changes[end]!.row === null) === deleting
        )
          end += 1;
        const run = changes.slice(index, end);
        const store = db.table<Row, string>(first.table);
        if (deleting) await store.bulkDelete(run.map((change) => change.key));
        else await store.bulkPut(run.map((change) => change.row!));
        index = end;
      }
    },
  );
}

/**
 * Writes a change too large for one small transaction (a restore from a backup): each row is
 * checked as main checks it, so a bad one stops it before anything is written; then main's safety
 * copy gets every change and acknowledges it; only then does IndexedDB take them, in transactions
 * of at most `chunkChars` each. Should the app stop between two of them, the start compares each
 * engagement's digest with main's copy and writes what the database lacks: the write completes.
 * Rows written this way must be newer than the ones they replace (a later updatedAt), as any edit
 * is, so that comparison keeps main's. Outside the desktop app there is no copy: chunks only.
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
  for (const chunk of chunksOf(changes)) await writeChunk(chunk);
}
