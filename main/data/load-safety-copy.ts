import { join } from 'node:path';
import { z } from 'zod';
import { backupsNewestFirst } from './backup-rotation';
import { JournalAppender, parseJournal } from './journal-file';
import type { SafetyFs } from './safety-fs';
import type { SafetyPaths } from './safety-paths';
import { SafetyState } from './safety-state';
import { parseSnapshot, type Snapshot } from './snapshot-file';

export interface LoadedCopy {
  state: SafetyState;
  appender: JournalAppender;
  /** When client data was first kept here (the marker), or null. */
  dataSince: number | null;
  /** What the consultant should be told about the copy itself, or null. */
  notice: string | null;
  /** Batches replayed from the journal: when any, the journal is folded into a snapshot now. */
  replayedBatches: number;
}

const markerSchema = z.object({ dataSince: z.number() });

export function markerText(dataSince: number): string {
  return JSON.stringify({ dataSince });
}

function parseMarker(text: string | null): number | null {
  if (text === null) return null;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.dataSince : null;
  } catch {
    // An unreadable marker still says data existed; when is unknown.
    return 0;
  }
}

async function newestReadableBackup(fs: SafetyFs, paths: SafetyPaths): Promise<Snapshot | null> {
  for (const name of backupsNewestFirst(await fs.list(paths.backups))) {
    const text = await fs.readText(join(paths.backups, name));
    const snapshot = text === null ? null : parseSnapshot(text);
    if (snapshot) return snapshot;
  }
  return null;
}

/** Temp files of an atomic write that a crash interrupted; nothing else writes here at load. */
async function removeLeftoverTempFiles(fs: SafetyFs, folder: string): Promise<void> {
  for (const name of await fs.list(folder)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await fs.remove(join(folder, name));
  }
}

/**
 * Rebuilds main's copy: the snapshot (or, when it is damaged or gone, the newest backup that
 * reads), then every complete journal line after it. A torn last line is cut off; a damaged line
 * is skipped and reported. Nothing here throws on bad content, only on a file system failure.
 */
export async function loadSafetyCopy(fs: SafetyFs, paths: SafetyPaths): Promise<LoadedCopy> {
  await fs.makeFolder(paths.backups);
  await removeLeftoverTempFiles(fs, paths.folder);
  await removeLeftoverTempFiles(fs, paths.backups);
  const dataSince = parseMarker(await fs.readText(paths.marker));
  const notices: string[] = [];

  const snapshotText = await fs.readText(paths.snapshot);
  let base = snapshotText === null ? null : parseSnapshot(snapshotText);
  if (!base && (snapshotText !== null || dataSince !== null)) {
    base = await newestReadableBackup(fs, paths);
    if (base)
      notices.push(
        `Session Studio read its safety copy from the backup of ${new Date(base.takenAt).toLocaleString()}, plus the changes recorded since.`,
      );
    else if (snapshotText !== null)
      notices.push('Session Studio could not read its safety copy, and found no backup of it.');
  }
  const state = base ? SafetyState.fromSnapshot(base.tables) : new SafetyState();

  const journal = parseJournal((await fs.readText(paths.journal)) ?? '');
  for (const batch of journal.batches) {
    for (const change of batch.changes) state.apply(change, batch.at);
  }
  // A crash mid-append: cut the unacknowledged tail so the next line starts clean.
  if (journal.tornTail) await fs.truncate(paths.journal, journal.completeLength);
  if (journal.damagedLines > 0)
    notices.push(
      `Session Studio skipped ${journal.damagedLines} damaged ${journal.damagedLines === 1 ? 'entry' : 'entries'} in its safety journal.`,
    );

  return {
    state,
    appender: new JournalAppender(fs, paths.journal, journal.completeLength),
    dataSince,
    notice: notices.length > 0 ? notices.join(' ') : null,
    replayedBatches: journal.batches.length,
  };
}
