import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSafetyCopy, type SafetyCopyOptions } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { nodeSafetyStore } from '../../../main/data/safety-store';
import { libraryDigest, unitDigestOf } from '../../../shared/data/units';
import { tempFolder } from '../files/temp-folder';
import {
  batch,
  diskFull,
  engagementRow,
  journalLines,
  put,
  recordingStore,
  remove,
  sessionRow,
} from './safety-fixtures';

const open = (userDataPath: string, options: Partial<SafetyCopyOptions> = {}) =>
  createSafetyCopy({ userDataPath, backupAtLaunch: false, ...options });

async function entriesOf(userDataPath: string, unit: string) {
  const copy = open(userDataPath);
  const page = await copy.page({ unit, offset: 0, limit: 500 });
  await copy.close();
  return page.entries;
}

const unitFiles = (folder: string) => readdirSync(safetyPaths(folder).units);

describe('the safety copy', () => {
  it('keeps every acknowledged change across a restart, deletions included', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('engagements', engagementRow('e2', 'Borealis Foods'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Agree three objectives'))]));
    await copy.append(batch([remove('engagements', 'e2')]));
    await copy.close();

    const first = await entriesOf(folder, 'e1');
    expect(first.map((entry) => [entry.table, entry.key])).toEqual([
      ['engagements', 'e1'],
      ['sessions', 's1'],
    ]);
    expect(first[1]?.row).toMatchObject({ purpose: 'Agree three objectives' });
    expect(await entriesOf(folder, 'e2')).toEqual([
      { table: 'engagements', key: 'e2', row: null, deletedAt: expect.any(Number) },
    ]);
  });

  it('acknowledges only after the line is written and synced', async () => {
    const log: string[] = [];
    const copy = open(tempFolder(), { store: recordingStore(log) });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    log.push('acknowledged');
    await copy.close();
    const journalSteps = log.filter((step) => ['append', 'sync', 'acknowledged'].includes(step));
    expect(journalSteps).toEqual(['append', 'sync', 'acknowledged']);
  });

  it('summarises each engagement with the same digest the renderer keeps for it', async () => {
    const copy = open(tempFolder());
    const engagement = engagementRow('e1');
    const session = sessionRow('s1', 'e1', 'Draft');
    await copy.append(batch([put('engagements', engagement), put('sessions', session)]));
    await copy.append(batch([put('sessions', { ...session, purpose: 'Agreed' })]));
    await copy.append(batch([put('engagements', engagementRow('e2', 'Borealis Foods'))]));
    const status = await copy.status();
    expect(status.units.e1).toEqual({
      rows: 2,
      deleted: 0,
      digest: unitDigestOf([
        { table: 'engagements', row: engagement },
        { table: 'sessions', row: { ...session, purpose: 'Agreed' } },
      ]).toString(),
    });
    expect(Object.keys(status.units).sort()).toEqual(['e1', 'e2']);
    expect(status.dataSince).toEqual(expect.any(Number));
    await copy.close();
  });

  it('answers a start with one value when its library digest agrees, and in full when not', async () => {
    const copy = open(tempFolder());
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('engagements', engagementRow('e2', 'Borealis Foods'))]));
    const full = await copy.status();
    const digests = Object.entries(full.units).map(([unit, { digest }]) => [unit, digest] as const);
    const same = await copy.status(libraryDigest(digests));
    expect(same).toMatchObject({ units: {}, sameLibrary: true, notice: null });
    expect(same.dataSince).toBe(full.dataSince);
    // One engagement fewer on the asking side: main lists every unit, so the start finds e2.
    const differs = await copy.status(libraryDigest(digests.slice(0, 1)));
    expect(differs).toMatchObject({ units: full.units, sameLibrary: false });
    await copy.close();
  });

  it('loads at launch, so the startup check finds the copy read and reads nothing itself', async () => {
    const folder = tempFolder();
    const first = open(folder);
    await first.append(batch([put('engagements', engagementRow('e1'))]));
    await first.close();
    const reads: string[] = [];
    const copy = open(folder, {
      store: {
        ...nodeSafetyStore,
        readText: (path) => {
          reads.push(path);
          return nodeSafetyStore.readText(path);
        },
      },
    });
    await copy.load();
    expect(reads).toContain(safetyPaths(folder).manifest);
    const readAtLaunch = reads.length;
    const status = await copy.status();
    expect(Object.keys(status.units)).toEqual(['e1']);
    expect(reads).toHaveLength(readAtLaunch);
    await copy.close();
  });

  it('never fails a launch when loading fails; the next call meets and reports the failure', async () => {
    let failing = true;
    const copy = open(tempFolder(), {
      store: {
        ...nodeSafetyStore,
        readText: async (path) => {
          if (failing) throw Object.assign(new Error('denied'), { code: 'EACCES' });
          return nodeSafetyStore.readText(path);
        },
      },
    });
    await expect(copy.load()).resolves.toBeUndefined();
    await expect(copy.status()).rejects.toThrow('denied');
    failing = false;
    await expect(copy.status()).resolves.toMatchObject({ units: {} });
    await copy.close();
  });

  it('ignores a batch sent twice by the same launch', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    const once = batch([put('engagements', engagementRow('e1'))]);
    expect(await copy.append(once)).toEqual({ acknowledgedSeq: once.seq });
    expect(await copy.append(once)).toEqual({ acknowledgedSeq: once.seq });
    await copy.close();
    expect(journalLines(folder)).toHaveLength(1);
  });

  it('replays past a torn last line, cuts it off, and appends cleanly after it', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    const journal = safetyPaths(folder).journal(1);
    const kept = readFileSync(journal, 'utf8');
    // The process was killed while the next line was being written.
    writeFileSync(journal, kept + '{"client":"launch-1","seq":99,"at":1,"chan');

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const restarted = open(folder, {
      // The fold at load fails, so the journal itself can be inspected.
      store: { ...nodeSafetyStore, writeAtomic: async () => Promise.reject(diskFull()) },
    });
    const status = await restarted.status();
    expect(status.units.e1?.rows).toBe(1);
    expect(status.notice).toBeNull();
    expect(readFileSync(journal, 'utf8')).toBe(kept);
    await restarted.append(batch([put('engagements', engagementRow('e2'))]));
    await restarted.close();
    logged.mockRestore();
    expect(readFileSync(journal, 'utf8')).toBe(kept);
    expect(journalLines(folder)).toHaveLength(2);
  });

  it('says so when a damaged line had to be skipped', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    const journal = safetyPaths(folder).journal(1);
    writeFileSync(journal, 'not json\n' + readFileSync(journal, 'utf8'));
    const restarted = open(folder);
    const status = await restarted.status();
    expect(status.units.e1?.rows).toBe(1);
    expect(status.notice).toBe('Session Studio skipped 1 damaged entry in its safety journal.');
    await restarted.close();
  });

  it('folds only the engagements that changed, and empties the journal', async () => {
    const folder = tempFolder();
    const log: string[] = [];
    const copy = open(folder, { store: recordingStore(log) });
    for (const id of ['e1', 'e2', 'e3'])
      await copy.append(batch([put('engagements', engagementRow(id))]));
    await copy.snapshot();
    expect(unitFiles(folder)).toHaveLength(3);
    log.length = 0;

    await copy.append(batch([put('sessions', sessionRow('s1', 'e2', 'Only this one changed'))]));
    await copy.snapshot();
    const writes = log.filter((entry) => entry.startsWith('write '));
    expect(writes).toEqual([
      expect.stringMatching(/^write units\/[0-9a-f]{64}\.json$/),
      'write safety/copy.json',
    ]);
    expect(journalLines(folder)).toEqual([]);
    await copy.close();
    expect((await entriesOf(folder, 'e2')).map((entry) => entry.key)).toEqual(['e2', 's1']);
  });

  it('folds on its own every so many changes, and acknowledges while it writes', async () => {
    const folder = tempFolder();
    let releaseWrites = () => undefined as void;
    const gate = new Promise<void>((resolve) => (releaseWrites = resolve));
    const copy = open(folder, {
      snapshotEvery: 2,
      store: {
        ...nodeSafetyStore,
        writeAtomic: async (path, text) => {
          if (path.includes('units')) await gate;
          await nodeSafetyStore.writeAtomic(path, text);
        },
      },
    });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('engagements', engagementRow('e2'))]));
    // The fold is waiting on its writes; appends still go through.
    await copy.append(batch([put('engagements', engagementRow('e3'))]));
    expect(existsSync(safetyPaths(folder).manifest)).toBe(false);
    releaseWrites();
    await copy.close();
    expect(JSON.parse(readFileSync(safetyPaths(folder).manifest, 'utf8')).units).toHaveProperty(
      'e1',
    );
    // The third change went to the next journal, after the fold.
    expect(journalLines(folder)).toHaveLength(1);
    const restarted = open(folder);
    expect(Object.keys((await restarted.status()).units).sort()).toEqual(['e1', 'e2', 'e3']);
    await restarted.close();
  });

  it('keeps the journal and the earlier files when a fold cannot be written', async () => {
    const folder = tempFolder();
    const first = open(folder);
    await first.append(batch([put('engagements', engagementRow('e1'))]));
    await first.snapshot();
    await first.close();
    const earlierManifest = readFileSync(safetyPaths(folder).manifest, 'utf8');

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = open(folder, {
      snapshotEvery: 1,
      store: {
        ...nodeSafetyStore,
        writeAtomic: async () => {
          throw diskFull();
        },
      },
    });
    await full.append(batch([put('engagements', engagementRow('e2'))]));
    await expect(full.snapshot()).rejects.toThrow('no space');
    await full.close();
    logged.mockRestore();

    expect(readFileSync(safetyPaths(folder).manifest, 'utf8')).toBe(earlierManifest);
    const restarted = open(folder);
    expect(Object.keys((await restarted.status()).units).sort()).toEqual(['e1', 'e2']);
    await restarted.close();
  });

  it('starts without reading the engagements, only those the journal changed', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    for (let index = 0; index < 40; index++)
      await copy.append(batch([put('engagements', engagementRow(`e${index}`))]));
    await copy.snapshot();
    await copy.append(batch([put('sessions', sessionRow('s1', 'e7', 'Changed after the fold'))]));
    await copy.close();

    const reads: string[] = [];
    const restarted = open(folder, {
      store: {
        ...nodeSafetyStore,
        readText: async (path) => {
          reads.push(path);
          return nodeSafetyStore.readText(path);
        },
      },
    });
    const status = await restarted.status();
    expect(Object.keys(status.units)).toHaveLength(40);
    expect(reads.filter((path) => path.includes(`${join('safety', 'units')}`))).toHaveLength(1);
    await restarted.close();
  });

  it('reads an engagement from the newest backup when its file is damaged, and says so', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.takeBackup('launch');
    await copy.close();
    const [file] = unitFiles(folder);
    // The copy and the backup share the file: damage it after copying it under another name.
    const path = join(safetyPaths(folder).units, file!);
    const intact = readFileSync(path, 'utf8');
    const backupFolder = safetyPaths(folder).backups;
    const backupName = readdirSync(backupFolder)[0]!;
    const backup = JSON.parse(readFileSync(join(backupFolder, backupName), 'utf8'));
    expect(Object.keys(backup.units)).toEqual(['e1']);
    writeFileSync(path, intact.slice(0, 30));

    const restarted = open(folder);
    const page = await restarted.page({ unit: 'e1', offset: 0, limit: 10 });
    expect(page.entries).toEqual([]);
    expect((await restarted.status()).notice).toBe(
      'Session Studio found the safety copy of “Acme Robotics — FY27 growth plan” damaged and has no backup of it.',
    );
    await restarted.close();
  });

  it('rebuilds its index from the engagements it holds when the index is damaged', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.snapshot();
    await copy.append(batch([put('engagements', engagementRow('e2'))]));
    await copy.close();
    writeFileSync(safetyPaths(folder).manifest, '{"format":"session-studio-safety-co');

    const restarted = open(folder);
    const status = await restarted.status();
    expect(Object.keys(status.units).sort()).toEqual(['e1', 'e2']);
    expect(status.notice).toBe(
      'Session Studio found the index of its safety copy damaged and rebuilt it from the engagements it holds.',
    );
    await restarted.close();
  });

  it('reports data that existed when every copy of it is gone', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.close();
    writeFileSync(safetyPaths(folder).journal(1), '');
    const restarted = open(folder);
    const status = await restarted.status();
    expect(status.units).toEqual({});
    expect(status.dataSince).toEqual(expect.any(Number));
    await restarted.close();
  });

  it('removes temporary files an interrupted write left behind', async () => {
    const folder = tempFolder();
    const paths = safetyPaths(folder);
    const copy = open(folder);
    await copy.status();
    await copy.close();
    const leftovers = [
      join(paths.backups, '.backup-2026-11-22T10-00-00-000Z.json.abc123.tmp'),
      join(paths.units, `.${'0'.repeat(64)}.json.abc123.tmp`),
      join(paths.folder, '.copy.json.abc123.tmp'),
    ];
    for (const leftover of leftovers) writeFileSync(leftover, '{"format":');
    await open(folder).status();
    for (const leftover of leftovers) expect(existsSync(leftover)).toBe(false);
  });

  it('pages through an engagement in bounded pages', async () => {
    const copy = open(tempFolder());
    const sessions = Array.from({ length: 6 }, (_, index) => sessionRow(`s${index}`, 'e1'));
    await copy.append(
      batch([
        put('engagements', engagementRow('e1')),
        ...sessions.map((row) => put('sessions', row)),
      ]),
    );
    const first = await copy.page({ unit: 'e1', offset: 0, limit: 5 });
    expect(first.entries).toHaveLength(5);
    expect(first.nextOffset).toBe(5);
    const second = await copy.page({ unit: 'e1', offset: 5, limit: 5 });
    expect(second.entries.map((entry) => entry.key)).toEqual(['s4', 's5']);
    expect(second.nextOffset).toBeNull();
    await copy.close();
  });
});
