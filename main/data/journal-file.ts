import { journalBatchShape, type JournalBatch } from '../../shared/data/safety-copy-schemas';
import type { AppendFile, SafetyStore } from './safety-store';

export interface JournalContents {
  batches: JournalBatch[];
  /** Complete lines that did not parse: skipped, and reported, never fatal. */
  damagedLines: number;
  /** Bytes up to the end of the last complete line. */
  completeLength: number;
  /** Bytes after the last newline: an append cut off by a crash. It was never acknowledged. */
  tornTail: boolean;
}

/**
 * Reads the journal: one batch per line. Only lines that end in a newline count, because an append
 * writes its line and newline at once and is acknowledged only after both reached the disk; a
 * crash mid-append leaves a tail without one (or a run of zero bytes), which is skipped.
 */
export function parseJournal(text: string): JournalContents {
  const lastNewline = text.lastIndexOf('\n');
  const complete = lastNewline < 0 ? '' : text.slice(0, lastNewline + 1);
  const batches: JournalBatch[] = [];
  let damagedLines = 0;
  for (const line of complete.split('\n')) {
    if (line.trim() === '') continue;
    const batch = parseLine(line);
    if (batch) batches.push(batch);
    else damagedLines += 1;
  }
  return {
    batches,
    damagedLines,
    completeLength: Buffer.byteLength(complete, 'utf8'),
    tornTail: text.length > complete.length,
  };
}

function parseLine(line: string): JournalBatch | null {
  try {
    // Shape only: rows were checked against their schemas when they were appended, and a later
    // schema change must not make an older journal unreadable.
    const parsed = journalBatchShape.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Appends batches to the journal, each as one JSON line followed by fdatasync: a batch counts as
 * kept only once `append` has resolved. A failed append is cut back off, so the next line never
 * joins a half-written one. The file is opened per append (cheap beside the sync), so no handle
 * outlives its use.
 */
export class JournalAppender {
  private needsRepair = false;

  constructor(
    private readonly fs: SafetyStore,
    private readonly path: string,
    private length: number,
  ) {}

  async append(batch: JournalBatch): Promise<void> {
    const line = `${JSON.stringify(batch)}\n`;
    const file = await this.fs.openAppend(this.path);
    try {
      if (this.needsRepair) {
        await file.truncate(this.length);
        this.needsRepair = false;
      }
      await this.write(file, line);
    } finally {
      await file.close();
    }
  }

  private async write(file: AppendFile, line: string): Promise<void> {
    try {
      await file.append(line);
      await file.sync();
      this.length += Buffer.byteLength(line, 'utf8');
    } catch (error) {
      await file.truncate(this.length).catch(() => (this.needsRepair = true));
      throw error;
    }
  }
}
