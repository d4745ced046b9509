import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { nodeSafetyStore } from '../../../main/data/safety-store';
import { tempFolder } from '../files/temp-folder';
import {
  batch,
  diskFull,
  engagementRow,
  journalLines,
  put,
  recordingStore,
  sessionRow,
} from './safety-fixtures';

const manifestUnits = (folder: string) =>
  Object.keys(JSON.parse(readFileSync(safetyPaths(folder).manifest, 'utf8')).units);

describe('closing the safety copy at quit', () => {
  it('folds the changed engagements into their files, and leaves no journal to replay', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Agree three objectives'))]));
    expect(existsSync(safetyPaths(folder).manifest)).toBe(false);
    expect(journalLines(folder)).toHaveLength(2);

    await copy.closeWithSnapshot();

    expect(journalLines(folder)).toEqual([]);
    expect(manifestUnits(folder)).toEqual(['e1']);
    // The next start finds everything in the files, and nothing left to replay.
    const restarted = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    expect((await restarted.status()).units.e1?.rows).toBe(2);
    await restarted.close();
  });

  it('writes nothing when nothing changed since the last fold', async () => {
    const folder = tempFolder();
    const log: string[] = [];
    const copy = createSafetyCopy({
      userDataPath: folder,
      store: recordingStore(log),
      backupAtLaunch: false,
    });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.snapshot();
    log.length = 0;
    await copy.closeWithSnapshot();
    expect(log).toEqual([]);
  });

  it('leaves a copy that was never loaded in this run as it is on disk', async () => {
    const log: string[] = [];
    const copy = createSafetyCopy({ userDataPath: tempFolder(), store: recordingStore(log) });
    await copy.closeWithSnapshot();
    expect(log).toEqual([]);
  });

  it('waits for an append in flight, so the fold holds it', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    const appended = copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.closeWithSnapshot();
    await appended;
    expect(manifestUnits(folder)).toEqual(['e1']);
  });

  it('keeps the journal when the fold cannot be written, so nothing is lost', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({
      userDataPath: folder,
      backupAtLaunch: false,
      store: {
        ...nodeSafetyStore,
        writeAtomic: async (path, text) => {
          if (path.endsWith('copy.json')) throw diskFull();
          await nodeSafetyStore.writeAtomic(path, text);
        },
      },
    });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await expect(copy.closeWithSnapshot()).rejects.toThrow('no space');
    expect(journalLines(folder)).toHaveLength(1);
    const restarted = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    expect((await restarted.status()).units.e1?.rows).toBe(1);
    await restarted.close();
  });
});
