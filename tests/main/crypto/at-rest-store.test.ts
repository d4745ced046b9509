import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atRestCipher, atRestPrefix } from '../../../main/crypto/at-rest-cipher';
import { atRestSafetyStore } from '../../../main/crypto/at-rest-store';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { nodeSafetyStore, type SafetyStore } from '../../../main/data/safety-store';
import { tempFolder } from '../files/temp-folder';
import {
  batch,
  diskFull,
  engagementRow,
  journalLines,
  put,
  sessionRow,
} from '../data/safety-fixtures';

const key = Buffer.alloc(32, 7);
const sealing = (inner: SafetyStore = nodeSafetyStore) =>
  atRestSafetyStore(inner, async () => atRestCipher(key));
const open = (userDataPath: string, store: SafetyStore = sealing()) =>
  createSafetyCopy({ userDataPath, store, backupAtLaunch: false });

/** Every file under a folder, with its text. */
function filesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

async function purposesOf(userDataPath: string, store: SafetyStore = sealing()) {
  const copy = open(userDataPath, store);
  const page = await copy.page({ unit: 'e1', offset: 0, limit: 500 });
  const status = await copy.status();
  await copy.close();
  return {
    purposes: page.entries
      .filter((entry) => entry.table === 'sessions')
      .map((entry) => entry.row?.purpose),
    notice: status.notice,
  };
}

describe('the safety copy encrypted at rest', () => {
  it('writes nothing of the client in the clear: journal, engagement files, manifest, backups, marker', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1', 'Fjordline Ferries'))]));
    for (const [index, purpose] of ['Agree the launch budget', 'Name the launch owner'].entries())
      await copy.append(batch([put('sessions', sessionRow(`s${index}`, 'e1', purpose))]));
    await copy.snapshot();
    await copy.append(batch([put('sessions', sessionRow('s9', 'e1', 'Pick three channels'))]));
    expect(await copy.takeBackup('launch')).not.toBeNull();
    await copy.close();

    const files = filesUnder(safetyPaths(folder).folder);
    expect(files.map((file) => file.path.split('/').slice(-2).join('/'))).toEqual(
      expect.arrayContaining([
        'safety/copy.json',
        'safety/marker.json',
        expect.stringMatching(/^units\/[0-9a-f]{64}\.json$/),
        expect.stringMatching(/^backups\/backup-.*\.json$/),
      ]),
    );
    for (const { text } of files) {
      expect(text).not.toMatch(/Fjordline|launch budget|three channels|engagements/);
      for (const line of text.split('\n').filter((line) => line !== ''))
        expect(line.startsWith(atRestPrefix)).toBe(true);
    }
    expect(await purposesOf(folder)).toEqual({
      purposes: ['Agree the launch budget', 'Name the launch owner', 'Pick three channels'],
      notice: null,
    });
  });

  it('opens nothing with another key: every file reads as damaged, none as data', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Agree the budget'))]));
    await copy.close();

    const otherKey = atRestSafetyStore(nodeSafetyStore, async () =>
      atRestCipher(Buffer.alloc(32, 9)),
    );
    const read = await purposesOf(folder, otherKey);
    expect(read.purposes).toEqual([]);
    expect(read.notice).toMatch(/skipped 2 damaged entries/);
  });

  it('cuts a record a crash left half written, and keeps every acknowledged change', async () => {
    const folder = tempFolder();
    const copy = open(folder);
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Before the crash'))]));
    await copy.close();
    // The crash: half a record line at the end of the journal, never acknowledged.
    const journal = safetyPaths(folder).journal(1);
    appendFileSync(journal, `${atRestPrefix}QUJDREVGR0hJSktMTU5PUFFSU1RVVldY`);

    const after = open(folder);
    await after.append(batch([put('sessions', sessionRow('s2', 'e1', 'After the crash'))]));
    await after.close();
    // The torn record is gone: every line left opens.
    for (const line of journalLines(folder)) expect(line).toMatch(/^ssrest1:[A-Za-z0-9+/]+=*$/);
    expect(await purposesOf(folder)).toEqual({
      purposes: ['Before the crash', 'After the crash'],
      notice: null,
    });
  });

  it('cuts back an append that failed halfway, so the next one starts on a line of its own', async () => {
    const folder = tempFolder();
    let failNext = false;
    const halfThenFull: SafetyStore = {
      ...nodeSafetyStore,
      async openAppend(path) {
        const file = await nodeSafetyStore.openAppend(path);
        return {
          ...file,
          async append(text) {
            if (!failNext) return file.append(text);
            failNext = false;
            await file.append(text.slice(0, text.length / 2));
            throw diskFull();
          },
        };
      },
    };
    const copy = open(folder, sealing(halfThenFull));
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await copy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Kept'))]));
    failNext = true;
    await expect(
      copy.append(batch([put('sessions', sessionRow('s2', 'e1', 'Refused by a full disk'))])),
    ).rejects.toThrow('no space');
    await copy.append(batch([put('sessions', sessionRow('s3', 'e1', 'Kept after'))]));
    await copy.close();

    const lines = readFileSync(safetyPaths(folder).journal(1), 'utf8').split('\n');
    expect(lines.slice(0, -1).every((line) => line.startsWith(atRestPrefix))).toBe(true);
    expect(await purposesOf(folder)).toEqual({ purposes: ['Kept', 'Kept after'], notice: null });
  });

  it('reads a copy written before protection began, and adds sealed records to it', async () => {
    const folder = tempFolder();
    const plain = open(folder, nodeSafetyStore);
    await plain.append(batch([put('engagements', engagementRow('e1'))]));
    await plain.append(batch([put('sessions', sessionRow('s1', 'e1', 'Written in the clear'))]));
    await plain.close();

    const sealed = open(folder);
    await sealed.append(batch([put('sessions', sessionRow('s2', 'e1', 'Written sealed'))]));
    await sealed.close();
    expect(await purposesOf(folder)).toEqual({
      purposes: ['Written in the clear', 'Written sealed'],
      notice: null,
    });
  });
});
