import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { nodeSafetyStore, type SafetyStore } from '../../../main/data/safety-store';
import { tempFolder } from '../files/temp-folder';
import { batch, engagementRow, put, sessionRow } from './safety-fixtures';

const day = 24 * 3_600_000;
const backupsOf = (folder: string) => readdirSync(safetyPaths(folder).backups).sort();
const unitFilesOf = (folder: string) => readdirSync(safetyPaths(folder).units).sort();
const waitFor = async (check: () => boolean) => {
  for (let tries = 0; tries < 200 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('automatic backups', () => {
  it('are taken at launch once there is data, never of nothing', async () => {
    const folder = tempFolder();
    const first = createSafetyCopy({ userDataPath: folder });
    await first.status();
    await first.close();
    expect(backupsOf(folder)).toEqual([]);
    const filled = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    await filled.append(batch([put('engagements', engagementRow('e1'))]));
    await filled.close();

    const relaunched = createSafetyCopy({ userDataPath: folder });
    await relaunched.status();
    await relaunched.close();
    expect(backupsOf(folder)).toHaveLength(1);
    const manifest = JSON.parse(
      readFileSync(join(safetyPaths(folder).backups, backupsOf(folder)[0]!), 'utf8'),
    );
    expect(manifest).toMatchObject({ format: 'session-studio-backup', reason: 'launch' });
    expect(manifest.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are taken every so often while something changed, and not while nothing did', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({
      userDataPath: folder,
      backupAtLaunch: false,
      backupEveryMs: 30,
    });
    await copy.append(batch([put('engagements', engagementRow('e1'))]));
    await waitFor(() => backupsOf(folder).length === 1);
    expect(backupsOf(folder)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(backupsOf(folder)).toHaveLength(1);
    await copy.append(batch([put('engagements', engagementRow('e2'))]));
    await waitFor(() => backupsOf(folder).length === 2);
    await copy.close();
    expect(backupsOf(folder)).toHaveLength(2);
  });

  it('write only the engagements that changed since the last one', async () => {
    const folder = tempFolder();
    const copy = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false });
    for (let index = 0; index < 10; index++)
      await copy.append(batch([put('engagements', engagementRow(`e${index}`))]));
    await copy.takeBackup('launch');
    expect(unitFilesOf(folder)).toHaveLength(10);
    await copy.append(batch([put('sessions', sessionRow('s1', 'e3', 'Changed'))]));
    await copy.takeBackup('interval');
    await copy.close();
    // One new file: e3's; the nine others are shared by both backups.
    expect(unitFilesOf(folder)).toHaveLength(11);
  });

  it('read no manifest again that this run already wrote or read, however many backups it takes', async () => {
    const folder = tempFolder();
    let now = Date.UTC(2026, 10, 1, 12);
    const earlier = createSafetyCopy({
      userDataPath: folder,
      backupAtLaunch: false,
      now: () => now,
    });
    await earlier.append(batch([put('engagements', engagementRow('e1'))]));
    await earlier.takeBackup('launch');
    await earlier.close();

    const manifestsRead: string[] = [];
    const store: SafetyStore = {
      ...nodeSafetyStore,
      readText: async (path) => {
        if (path.startsWith(safetyPaths(folder).backups)) manifestsRead.push(path);
        return nodeSafetyStore.readText(path);
      },
    };
    const copy = createSafetyCopy({
      userDataPath: folder,
      backupAtLaunch: false,
      store,
      now: () => now,
    });
    for (let step = 0; step < 5; step++) {
      now += 60_000;
      await copy.append(batch([put('engagements', { ...engagementRow('e1'), title: `v${step}` })]));
      await copy.takeBackup('interval');
    }
    await copy.close();
    // The earlier run's backup, once; the five written here, never.
    expect(manifestsRead).toHaveLength(1);
    expect(backupsOf(folder)).toHaveLength(3);
    // Each kept backup still finds its engagement's file.
    expect(unitFilesOf(folder)).toHaveLength(3);
  });

  it('keep three from today and one a day for 14 days, and drop the files only old ones named', async () => {
    const folder = tempFolder();
    let now = Date.UTC(2026, 10, 1, 12);
    const copy = createSafetyCopy({ userDataPath: folder, backupAtLaunch: false, now: () => now });
    for (let step = 0; step < 20; step++) {
      await copy.append(batch([put('engagements', { ...engagementRow('e1'), title: `v${step}` })]));
      await copy.takeBackup('interval');
      now += day;
    }
    for (let step = 0; step < 4; step++) {
      now += 3_600_000;
      await copy.append(batch([put('engagements', { ...engagementRow('e1'), title: `w${step}` })]));
      await copy.takeBackup('interval');
    }
    await copy.close();
    // Three from today, and one for each of the 14 days before.
    expect(backupsOf(folder)).toHaveLength(17);
    // One unit file per version a kept backup names; the older versions are gone.
    expect(unitFilesOf(folder)).toHaveLength(17);
  });
});
