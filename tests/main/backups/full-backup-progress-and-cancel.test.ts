import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import type { FullBackupProgress } from '../../../shared/backups/backup-progress';
import { batch, engagementRow, put, sessionRow } from '../data/safety-fixtures';
import { tempFolder } from '../files/temp-folder';
import { slowUnitReads } from './slow-unit-reads';

const clients = ['Acme Robotics', 'Borealis Foods', 'Cobalt Freight'];

/** The app's handlers on a user-data folder of three engagements, over a disk that can be slow. */
async function withThreeEngagements() {
  const userDataPath = tempFolder();
  const disk = slowUnitReads();
  const safetyCopy = createSafetyCopy({ userDataPath, backupAtLaunch: false, store: disk.store });
  await safetyCopy.append(
    batch(
      clients.flatMap((client, index) => [
        put('engagements', engagementRow(`e${index}`, client)),
        put('sessions', sessionRow(`s${index}`, `e${index}`, `Purpose of ${client}`)),
      ]),
    ),
  );
  const target = join(tempFolder(), 'All.sessionstudio-backup');
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath }),
    chooseSavePath: async () => target,
    safetyCopy,
  });
  const call = async <T>(method: string, payload: unknown = null): Promise<T> => {
    const result = await dispatch(handlers, method as never, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return {
    disk,
    target,
    call,
    progress: () => call<FullBackupProgress>('getFullBackupProgress'),
    cancel: () => call<{ cancelled: boolean }>('cancelFullBackup'),
  };
}

/** The target's folder holds nothing at all: no file, no temporary file beside it. */
const nothingWritten = (target: string) => expect(readdirSync(dirname(target))).toEqual([]);

describe('a full backup to a file, under way', () => {
  it('tells how many engagements it has read, then saves the file whole', async () => {
    const app = await withThreeEngagements();
    expect(await app.progress()).toEqual({ running: false, stage: null, done: 0, total: 0 });
    app.disk.hold();
    const saving = app.call('exportFullBackup');
    const seen: FullBackupProgress[] = [];
    for (let index = 0; index < clients.length; index += 1) {
      await app.disk.waiting();
      seen.push(await app.progress());
      app.disk.releaseOne();
    }
    app.disk.release();
    expect(await saving).toEqual({ status: 'saved', filePath: app.target });
    // The count is known once the first engagement is read.
    expect(seen).toEqual([
      { running: true, stage: 'reading', done: 0, total: 0 },
      { running: true, stage: 'reading', done: 1, total: 3 },
      { running: true, stage: 'reading', done: 2, total: 3 },
    ]);
    const written = JSON.parse(readFileSync(app.target, 'utf8'));
    expect(
      written.engagements
        .map((file: { engagement: { clientName: string } }) => file.engagement.clientName)
        .sort(),
    ).toEqual(clients);
    expect(await app.progress()).toEqual({ running: false, stage: null, done: 0, total: 0 });
  });

  it('cancelled while it reads, stops at the next engagement and writes no file at all', async () => {
    const app = await withThreeEngagements();
    app.disk.hold();
    const saving = app.call('exportFullBackup');
    await app.disk.waiting();
    app.disk.releaseOne();
    await app.disk.waiting();
    expect(await app.progress()).toMatchObject({ stage: 'reading', done: 1, total: 3 });
    expect(await app.cancel()).toEqual({ cancelled: true });
    app.disk.release();
    expect(await saving).toEqual({ status: 'cancelled' });
    nothingWritten(app.target);
    // Nothing is left running: the next backup is written whole.
    expect(await app.progress()).toMatchObject({ running: false });
    expect(await app.call('exportFullBackup')).toEqual({ status: 'saved', filePath: app.target });
  });

  it('cancelled while it seals the file with a passphrase, writes no file at all', async () => {
    const app = await withThreeEngagements();
    const saving = app.call('exportProtectedFullBackup', {
      passphrase: 'Correct horse battery staple',
    });
    // scrypt takes a while: the stage is seen before the sealing ends.
    let progress = await app.progress();
    while (progress.stage !== 'protecting') {
      expect(progress.running).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = await app.progress();
    }
    expect(await app.cancel()).toEqual({ cancelled: true });
    expect(await saving).toEqual({ status: 'cancelled' });
    nothingWritten(app.target);
  }, 30_000);

  it('refuses a second backup while one is under way, and a cancel when none is', async () => {
    const app = await withThreeEngagements();
    expect(await app.cancel()).toEqual({ cancelled: false });
    app.disk.hold();
    const saving = app.call('exportFullBackup');
    await app.disk.waiting();
    await expect(app.call('exportFullBackup')).rejects.toThrow(
      'Every engagement is already being backed up to a file; wait for it or cancel it first.',
    );
    app.disk.release();
    expect(await saving).toEqual({ status: 'saved', filePath: app.target });
    expect(existsSync(app.target)).toBe(true);
  });
});
