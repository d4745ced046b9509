import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupName } from '../../../main/data/backup-rotation';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { nodeSafetyFs } from '../../../main/data/safety-fs';
import { safetyPaths } from '../../../main/data/safety-paths';
import { digestOf } from '../../../shared/data/row-digest';
import { tempFolder } from '../files/temp-folder';
import {
  batch,
  diskFull,
  engagementRow,
  put,
  recordingFs,
  remove,
  sessionRow,
} from './safety-fixtures';

async function rowsOf(userDataPath: string, table: 'engagements' | 'sessions') {
  const copy = createSafetyCopy({ userDataPath });
  const page = await copy.page({ table, offset: 0, limit: 500 });
  await copy.close();
  return page.entries;
}

describe('the safety copy', () => {
  it('keeps every acknowledged change across a restart, deletions included', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('engagements', engagementRow('e2', 'Borealis Foods'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Agree three objectives'))]));
    await copy.append(batch([remove('engagements', 'e2')]));
    await copy.close();

    const engagements = await rowsOf(folder, 'engagements');
    expect(engagements.filter((entry) => entry.row).map((entry) => entry.key)).toEqual(['e1']);
    expect(engagements.find((entry) => entry.key === 'e2')).toMatchObject({
      row: null,
      deletedAt: expect.any(Number),
    });
    expect((await rowsOf(folder, 'sessions'))[0]?.row).toMatchObject({
      purpose: 'Agree three objectives',
    });
  });

  it('acknowledges only after the line is written and synced', async () => {
    const log: string[] = [];
    const copy = createSafetyCopy({ userDataPath: tempFolder(), fs: recordingFs(log) });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    log.push('acknowledged');
    await copy.close();
    const journalSteps = log.filter((step) => ['append', 'sync', 'acknowledged'].includes(step));
    expect(journalSteps).toEqual(['append', 'sync', 'acknowledged']);
  });

  it('summarises each table with the same digest the renderer computes over its rows', async () => {
    const copy = createSafetyCopy({ userDataPath: tempFolder() });
    const rows = [engagementRow('e1'), engagementRow('e2', 'Borealis Foods')];
    await copy.append(batch(rows.map((row) => put('engagements', row))));
    await copy.append(batch([put('engagements', { ...rows[0]!, title: 'Renamed' })]));
    const status = await copy.status();
    const expected = digestOf([{ ...rows[0]!, title: 'Renamed' }, rows[1]]).toString();
    expect(status.tables.engagements).toEqual({ rows: 2, deleted: 0, digest: expected });
    expect(status.tables.sessions).toEqual({
      rows: 0,
      deleted: 0,
      digest: digestOf([]).toString(),
    });
    expect(status.dataSince).toEqual(expect.any(Number));
    await copy.close();
  });

  it('ignores a batch sent twice by the same launch', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder });
    const once = batch([put('engagements', engagementRow('e1'))]);
    expect(await copy.append(once)).toEqual({ acknowledgedSeq: once.seq });
    expect(await copy.append(once)).toEqual({ acknowledgedSeq: once.seq });
    await copy.close();
    const lines = readFileSync(safetyPaths(folder).journal, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
  });

  it('replays past a torn last line, cuts it off, and appends cleanly after it', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder, snapshotEvery: 1_000 });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    const { journal } = safetyPaths(folder);
    const kept = readFileSync(journal, 'utf8');
    // The process was killed while the next line was being written.
    writeFileSync(journal, kept + '{"client":"launch-1","seq":99,"at":1,"chan');

    const restarted = createSafetyCopy({
      userDataPath: folder,
      // No snapshot at load, so the journal itself can be inspected.
      fs: { ...nodeSafetyFs, writeAtomic: async () => undefined },
    });
    const status = await restarted.status();
    expect(status.tables.engagements.rows).toBe(1);
    expect(status.notice).toBeNull();
    expect(readFileSync(journal, 'utf8')).toBe(kept);
    await restarted.append(batch([put('engagements', engagementRow('e2'))]));
    await restarted.close();
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('says so when a damaged line had to be skipped', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder, snapshotEvery: 1_000 });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    const { journal } = safetyPaths(folder);
    writeFileSync(journal, 'not json\n' + readFileSync(journal, 'utf8'));
    const restarted = createSafetyCopy({ userDataPath: folder });
    const status = await restarted.status();
    expect(status.tables.engagements.rows).toBe(1);
    expect(status.notice).toBe('Session Studio skipped 1 damaged entry in its safety journal.');
    await restarted.close();
  });

  it('folds the journal into a snapshot and a backup every so many changes', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const log: string[] = [];
    const copy = createSafetyCopy({ userDataPath: folder, snapshotEvery: 3, fs: recordingFs(log) });
    for (const id of ['e1', 'e2', 'e3'])
      await copy.append(batch([put('engagements', engagementRow(id))]));
    await copy.append(batch([put('engagements', engagementRow('e4'))]));
    await copy.close();

    const writes = log.filter((entry) => entry.startsWith('write '));
    expect(writes).toEqual([
      'write safety/marker.json',
      expect.stringMatching(/^write backups\/backup-.*\.json$/),
      'write safety/snapshot.json',
      'write safety/journal.ndjson',
    ]);
    const snapshot = JSON.parse(readFileSync(paths.snapshot, 'utf8'));
    expect(snapshot.tables.engagements.rows.map((row: { id: string }) => row.id)).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
    // Only the change after the snapshot is left in the journal.
    expect(readFileSync(paths.journal, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readdirSync(paths.backups)).toHaveLength(1);
    expect((await rowsOf(folder, 'engagements')).map((entry) => entry.key)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
    ]);
  });

  it('keeps the journal and the earlier snapshot when a snapshot cannot be written', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const first = createSafetyCopy({ userDataPath: folder, snapshotEvery: 1 });
    await first.append(batch([put('engagements', engagementRow('e1'))]));
    await first.close();
    const earlierSnapshot = readFileSync(paths.snapshot, 'utf8');

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = createSafetyCopy({
      userDataPath: folder,
      snapshotEvery: 1,
      fs: {
        ...nodeSafetyFs,
        writeAtomic: async () => {
          throw diskFull();
        },
      },
    });
    await full.append(batch([put('engagements', engagementRow('e2'))]));
    await full.status();
    await full.close();
    logged.mockRestore();

    expect(readFileSync(paths.snapshot, 'utf8')).toBe(earlierSnapshot);
    expect(readdirSync(paths.backups).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await rowsOf(folder, 'engagements')).map((entry) => entry.key)).toEqual(['e1', 'e2']);
  });

  it('rebuilds from the newest backup that reads when the snapshot is damaged', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const copy = createSafetyCopy({ userDataPath: folder, snapshotEvery: 1 });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    writeFileSync(paths.snapshot, '{"format":"session-studio-safety-snap');

    const restarted = createSafetyCopy({ userDataPath: folder });
    const status = await restarted.status();
    expect(status.tables.engagements.rows).toBe(1);
    expect(status.notice).toMatch(/^Session Studio read its safety copy from the backup of /);
    await restarted.close();
  });

  it('reports data that existed when every copy of it is gone', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const copy = createSafetyCopy({ userDataPath: folder });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    writeFileSync(paths.journal, '');
    const restarted = createSafetyCopy({ userDataPath: folder });
    const status = await restarted.status();
    expect(status.tables.engagements.rows).toBe(0);
    expect(status.dataSince).toEqual(expect.any(Number));
    await restarted.close();
  });

  it('removes temporary files an interrupted write left behind', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const copy = createSafetyCopy({ userDataPath: folder });
    await copy.status();
    await copy.close();
    const leftover = join(paths.backups, `.${backupName(Date.now())}.abc123.tmp`);
    writeFileSync(leftover, '{"format":');
    await createSafetyCopy({ userDataPath: folder }).status();
    expect(existsSync(leftover)).toBe(false);
  });

  it('pages through a table in bounded pages', async () => {
    const copy = createSafetyCopy({ userDataPath: tempFolder() });
    const ids = Array.from({ length: 7 }, (_, index) => `e${index}`);
    await copy.append(batch(ids.map((id) => put('engagements', engagementRow(id)))));
    const first = await copy.page({ table: 'engagements', offset: 0, limit: 5 });
    expect(first.entries).toHaveLength(5);
    expect(first.nextOffset).toBe(5);
    const second = await copy.page({ table: 'engagements', offset: 5, limit: 5 });
    expect(second.entries.map((entry) => entry.key)).toEqual(['e5', 'e6']);
    expect(second.nextOffset).toBeNull();
    await copy.close();
  });
});
