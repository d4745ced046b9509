import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { nodeSafetyFs } from '../../../main/data/safety-fs';
import { safetyPaths } from '../../../main/data/safety-paths';
import { parseSnapshot } from '../../../main/data/snapshot-file';
import { tempFolder } from '../files/temp-folder';
import { batch, engagementRow, put, recordingFs, sessionRow } from './safety-fixtures';

const snapshotRows = (folder: string, table: string) =>
  parseSnapshot(readFileSync(safetyPaths(folder).snapshot, 'utf8'))?.tables[table]?.rows ?? [];

describe('closing the safety copy at quit', () => {
  it('folds the journal into a snapshot and a backup, and starts an empty journal', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const copy = createSafetyCopy({ userDataPath: folder, snapshotEvery: 500 });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Agree three objectives'))]));
    expect(existsSync(paths.snapshot)).toBe(false);
    expect(readFileSync(paths.journal, 'utf8').trim().split('\n')).toHaveLength(2);

    await copy.closeWithSnapshot();

    expect(readFileSync(paths.journal, 'utf8')).toBe('');
    expect(snapshotRows(folder, 'engagements').map((row) => row.id)).toEqual(['e1']);
    expect(snapshotRows(folder, 'sessions')).toEqual([
      expect.objectContaining({ purpose: 'Agree three objectives' }),
    ]);
    expect(readdirSync(paths.backups)).toHaveLength(1);
    // The next start finds everything in the snapshot, and nothing left to replay.
    const restarted = createSafetyCopy({ userDataPath: folder });
    expect((await restarted.status()).tables.sessions.rows).toBe(1);
    await restarted.close();
    expect(readdirSync(paths.backups)).toHaveLength(1);
  });

  it('writes nothing when nothing changed since the last snapshot', async () => {
    const folder = tempFolder();
    const log: string[] = [];
    const copy = createSafetyCopy({ userDataPath: folder, fs: recordingFs(log) });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.snapshot();
    log.length = 0;
    await copy.closeWithSnapshot();
    expect(log).toEqual([]);
  });

  it('leaves a copy that was never loaded in this run as it is on disk', async () => {
    const log: string[] = [];
    const copy = createSafetyCopy({ userDataPath: tempFolder(), fs: recordingFs(log) });
    await copy.closeWithSnapshot();
    expect(log).toEqual([]);
  });

  it('waits for an append in flight, so the snapshot holds it', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder });
    const appended = copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.closeWithSnapshot();
    await appended;
    expect(snapshotRows(folder, 'engagements').map((row) => row.id)).toEqual(['e1']);
  });

  it('keeps the journal when the snapshot cannot be written, so nothing is lost', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({
      userDataPath: folder,
      fs: {
        ...nodeSafetyFs,
        writeAtomic: async (path, text) => {
          if (path.endsWith('snapshot.json'))
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          await nodeSafetyFs.writeAtomic(path, text);
        },
      },
    });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await expect(copy.closeWithSnapshot()).rejects.toThrow('no space');
    expect(readFileSync(safetyPaths(folder).journal, 'utf8').trim().split('\n')).toHaveLength(1);
    const restarted = createSafetyCopy({ userDataPath: folder });
    expect((await restarted.status()).tables.engagements.rows).toBe(1);
    await restarted.close();
  });
});
