import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import { db } from '../database';
import { leaveOutOfJournal } from './journal-middleware';

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

/** Whether a change is still to be written, asked inside its transaction. */
export type StillWanted = (change: JournalChange) => Promise<boolean>;

/** One chunk in one transaction, outside the journal: main has its changes already. */
async function writeChunk(changes: readonly JournalChange[], wanted: StillWanted): Promise<void> {
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
        const run: JournalChange[] = [];
        for (const change of changes.slice(index, end)) if (await wanted(change)) run.push(change);
        const store = db.table<Row, string>(first.table);
        if (run.length === 0) {
          // Nothing of this run is still wanted.
        } else if (deleting) await store.bulkDelete(run.map((change) => change.key));
        else await store.bulkPut(run.map((change) => change.row!));
        index = end;
      }
    },
  );
}

/**
 * Writes changes main's safety copy holds already (a restore, a rebuild from the copy) into the
 * database in transactions of at most `chunkChars` each, left out of the journal. Should the app
 * stop between two of them, the next start finds the engagements whose digests differ from main's
 * and writes what the database lacks. `wanted` can skip a change inside its transaction.
 */
export async function writeInChunks(
  changes: readonly JournalChange[],
  wanted: StillWanted = () => Promise.resolve(true),
): Promise<void> {
  for (const chunk of chunksOf(changes)) await writeChunk(chunk, wanted);
}
