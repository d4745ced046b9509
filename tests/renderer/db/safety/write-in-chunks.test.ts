import { describe, expect, it, vi } from 'vitest';
import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';
import type { AnyRow } from '../../../../shared/engagement-file/format';
import { chunksOf } from '../../../../renderer/src/db/safety/write-in-chunks';
import {
  deleteDatabase,
  engagementOf,
  launchRenderer,
  rowsOf,
  stopAtWrite,
} from './sample-library';
import { safetyCopyInMain } from './safety-copy-in-main';

const change = (key: string, chars: number): JournalChange => ({
  table: 'sessionNotes',
  key,
  unit: 'engagement',
  row: { id: key, text: 'x'.repeat(chars) },
});

describe('a large write in small transactions', () => {
  it('cuts the changes, in order, into chunks of at most the budget, an oversized one alone', () => {
    const changes = [change('a', 400), change('b', 400), change('c', 3_000), change('d', 10)];
    const chunks = chunksOf(changes, 1_000);
    expect(chunks.map((chunk) => chunk.map((item) => item.key))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
    ]);
  });

  it('completes a rebuild from the safety copy cut short at one start at the next', async () => {
    await deleteDatabase('session-studio');
    const main = safetyCopyInMain();
    const first = await launchRenderer(main.api);
    const library = [engagementOf('Alder'), engagementOf('Birch'), engagementOf('Cedar')];
    for (const content of library) await first.store(content);
    await first.journalSender.settled();
    first.db.close();
    await deleteDatabase('session-studio');

    // The database is lost, and the start rebuilding it stops after its first transaction.
    const second = await launchRenderer(main.api, (db) => stopAtWrite(db, 2));
    vi.restoreAllMocks();
    expect(second.notice?.text).toMatch(/could not compare its database with its safety copy/);
    expect(await second.db.engagements.count()).toBeLessThan(library.length);
    second.db.close();

    const third = await launchRenderer(main.api);
    expect(third.notice?.text).toMatch(/^Session Studio restored /);
    for (const content of library)
      for (const { table, key, row } of rowsOf(content))
        expect(await third.db.table(table).get(key), `${table} ${key}`).toEqual(row as AnyRow);
    // Nothing was sent back to main: its copy and the database agree.
    expect(third.saveStatusStore.get().pending).toBe(0);
    third.db.close();
    const fourth = await launchRenderer(main.api);
    expect(fourth.notice).toBeNull();
    fourth.db.close();
    await deleteDatabase('session-studio');
  });
});
