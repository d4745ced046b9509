import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalAppender, parseJournal } from '../../../main/data/journal-file';
import { tempFolder } from '../files/temp-folder';
import { batch, diskFullOnce, engagementRow, put, recordingStore } from './safety-fixtures';

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('reading the journal', () => {
  it('reads every complete line in order', () => {
    const first = batch([put('engagements', engagementRow('e1'))]);
    const second = batch([put('engagements', engagementRow('e2'))]);
    const text = line(first) + line(second);
    expect(parseJournal(text)).toEqual({
      batches: [first, second],
      damagedLines: 0,
      completeLength: Buffer.byteLength(text),
      tornTail: false,
    });
  });

  it('skips a torn last line, cut off mid-append, without failing', () => {
    const kept = line(batch([put('engagements', engagementRow('e1', 'Borealis Foods — Ø'))]));
    const torn = line(batch([put('engagements', engagementRow('e2'))])).slice(0, 40);
    const contents = parseJournal(kept + torn);
    expect(contents.batches).toHaveLength(1);
    expect(contents.tornTail).toBe(true);
    expect(contents.damagedLines).toBe(0);
    // Measured in bytes, so the cut lands after the multi-byte characters of the kept line.
    expect(contents.completeLength).toBe(Buffer.byteLength(kept));
  });

  it('skips a tail of zero bytes left by a crash', () => {
    const kept = line(batch([put('engagements', engagementRow('e1'))]));
    const contents = parseJournal(kept + '\0'.repeat(64));
    expect(contents.batches).toHaveLength(1);
    expect(contents.tornTail).toBe(true);
  });

  it('skips and counts a damaged line in the middle', () => {
    const first = batch([put('engagements', engagementRow('e1'))]);
    const third = batch([put('engagements', engagementRow('e3'))]);
    const contents = parseJournal(line(first) + '{"client":"x","seq":\n' + line(third));
    expect(contents.batches).toEqual([first, third]);
    expect(contents.damagedLines).toBe(1);
  });

  it('reads an empty or missing journal as no batches', () => {
    expect(parseJournal('').batches).toEqual([]);
  });
});

describe('appending to the journal', () => {
  it('writes the line, then syncs it, before the append counts', async () => {
    const folder = tempFolder();
    const log: string[] = [];
    const appender = new JournalAppender(recordingStore(log), join(folder, 'journal.ndjson'), 0);
    const appended = batch([put('engagements', engagementRow('e1'))]);
    await appender.append(appended);
    log.push('acknowledged');
    expect(log).toEqual(['append', 'sync', 'acknowledged']);
    expect(readFileSync(join(folder, 'journal.ndjson'), 'utf8')).toBe(line(appended));
  });

  it('cuts a failed append back off, so the next line starts clean', async () => {
    const folder = tempFolder();
    const path = join(folder, 'journal.ndjson');
    const kept = batch([put('engagements', engagementRow('e1'))]);
    writeFileSync(path, line(kept));
    const appender = new JournalAppender(diskFullOnce('sync'), path, Buffer.byteLength(line(kept)));
    await expect(appender.append(batch([put('engagements', engagementRow('e2'))]))).rejects.toThrow(
      'no space',
    );
    expect(readFileSync(path, 'utf8')).toBe(line(kept));
    const next = batch([put('engagements', engagementRow('e3'))]);
    await appender.append(next);
    expect(parseJournal(readFileSync(path, 'utf8')).batches).toEqual([kept, next]);
  });
});
