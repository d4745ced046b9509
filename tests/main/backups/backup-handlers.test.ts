import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { tempFolder } from '../files/temp-folder';
import { batch, engagementRow, put, sessionRow } from '../data/safety-fixtures';

/** The app's handlers on a user-data folder holding two engagements, and one backup of them. */
async function withTwoEngagements() {
  const userDataPath = tempFolder();
  const safetyCopy = createSafetyCopy({ userDataPath, backupAtLaunch: false });
  await safetyCopy.append(
    batch([
      put('engagements', engagementRow('e1', 'Acme Robotics')),
      put('sessions', sessionRow('s1', 'e1', 'Agree three objectives')),
      put('engagements', engagementRow('e2', 'Borealis Foods')),
    ]),
  );
  await safetyCopy.takeBackup('launch');
  let answer: string | null = null;
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath }),
    chooseSavePath: async () => answer,
    chooseOpenPath: async () => answer,
    safetyCopy,
  });
  const call = async <T = never>(method: string, payload: unknown = null): Promise<T> => {
    const result = await dispatch(handlers, method as never, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return {
    userDataPath,
    safetyCopy,
    call,
    failure: (method: string, payload: unknown = null) =>
      dispatch(handlers, method as never, payload),
    answer: (path: string | null) => (answer = path),
  };
}

describe('the Backups screen’s doors in main', () => {
  it('lists the automatic backups with their engagements and size', async () => {
    const app = await withTwoEngagements();
    const list: { backups: { reason: string; engagements: number; bytes: number }[] } =
      await app.call('listBackups');
    expect(list.backups).toEqual([
      expect.objectContaining({ reason: 'launch', engagements: 2, bytes: expect.any(Number) }),
    ]);
    expect(list.backups[0]!.bytes).toBeGreaterThan(0);
  });

  it('hands out an engagement only after backing up the current state', async () => {
    const app = await withTwoEngagements();
    const { backups } = await app.call<{ backups: { id: string }[] }>('listBackups');
    const opened: { token: string; engagements: { id: string; clientName: string }[] } =
      await app.call('openBackup', { source: 'automatic', id: backups[0]!.id });
    expect(opened.engagements.map((engagement) => engagement.clientName)).toEqual([
      'Acme Robotics',
      'Borealis Foods',
    ]);

    const early = await app.failure('readBackupEngagement', {
      token: opened.token,
      engagementId: 'e1',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/backs up the current state before a restore/) },
    });

    const prepared: { before: number } = await app.call('prepareRestore', {
      token: opened.token,
    });
    expect(prepared.before).toEqual(expect.any(Number));
    const after = await app.call<{ backups: { reason: string }[] }>('listBackups');
    expect(after.backups.map((backup) => backup.reason)).toEqual(['restore', 'launch']);
    const content: { engagement: { id: string }; tables: { sessions: { purpose: string }[] } } =
      await app.call('readBackupEngagement', { token: opened.token, engagementId: 'e1' });
    expect(content.engagement.id).toBe('e1');
    expect(content.tables.sessions[0]?.purpose).toBe('Agree three objectives');
  });

  it('restores from the oldest of today’s backups, though the backup before the restore is one too many for today', async () => {
    const app = await withTwoEngagements();
    await app.safetyCopy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Changed since'))]));
    await app.safetyCopy.takeBackup('interval');
    await app.safetyCopy.append(batch([put('sessions', sessionRow('s1', 'e1', 'Changed again'))]));
    await app.safetyCopy.takeBackup('interval');
    const { backups } = await app.call<{ backups: { id: string; reason: string }[] }>(
      'listBackups',
    );
    // Three from today are kept: a fourth, before the restore, would rotate the oldest out.
    expect(backups.map((backup) => backup.reason)).toEqual(['interval', 'interval', 'launch']);
    const oldest = backups.at(-1)!.id;
    const opened: { token: string } = await app.call('openBackup', {
      source: 'automatic',
      id: oldest,
    });
    await app.call('prepareRestore', { token: opened.token });
    const content: { tables: { sessions: { purpose: string }[] } } = await app.call(
      'readBackupEngagement',
      { token: opened.token, engagementId: 'e1' },
    );
    expect(content.tables.sessions[0]?.purpose).toBe('Agree three objectives');
    const after = await app.call<{ backups: { id: string }[] }>('listBackups');
    expect(after.backups.map((backup) => backup.id)).toContain(oldest);
  });

  it('refuses a backup whose engagement fails its checksum, before anything is written', async () => {
    const app = await withTwoEngagements();
    const { units } = safetyPaths(app.userDataPath);
    for (const name of readdirSync(units)) {
      const path = join(units, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace('Acme Robotics', 'Acme Robotix'));
    }
    const { backups } = await app.call<{ backups: { id: string }[] }>('listBackups');
    const opened: { status: string; problems: string[] } = await app.call('openBackup', {
      source: 'automatic',
      id: backups[0]!.id,
    });
    expect(opened.status).toBe('refused');
    expect(opened.problems).toEqual([
      'The backup’s copy of “Acme Robotics — FY27 growth plan” is damaged: it does not match its checksum.',
    ]);
  });

  it('refuses a name that is not one of its backups', async () => {
    const app = await withTwoEngagements();
    const opened: { status: string } = await app.call('openBackup', {
      source: 'automatic',
      id: '../copy.json',
    });
    expect(opened.status).toBe('refused');
  });

  it('writes a full backup that opens again as it was', async () => {
    const app = await withTwoEngagements();
    const file = join(tempFolder(), 'All.sessionstudio-backup');
    app.answer(file);
    expect(await app.call('exportFullBackup')).toEqual({ status: 'saved', filePath: file });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ format: 'session-studio-full-backup', version: 1 });
    expect(written.app).toEqual({ name: 'Session Studio', version: 'test' });

    const opened: { status: string; token: string; engagements: { id: string }[] } = await app.call(
      'openBackup',
      { source: 'file' },
    );
    expect(opened.status).toBe('opened');
    expect(opened.engagements.map((engagement) => engagement.id).sort()).toEqual(['e1', 'e2']);
    await app.call('prepareRestore', { token: opened.token });
    const content: { tables: { sessions: { id: string }[] } } = await app.call(
      'readBackupEngagement',
      { token: opened.token, engagementId: 'e1' },
    );
    expect(content.tables.sessions.map((session) => session.id)).toEqual(['s1']);
  });

  it('refuses a file that is not a full backup, with its reason', async () => {
    const app = await withTwoEngagements();
    const file = join(tempFolder(), 'notes.sessionstudio-backup');
    writeFileSync(file, JSON.stringify({ format: 'session-studio-engagement', version: 2 }));
    app.answer(file);
    expect(await app.call('openBackup', { source: 'file' })).toEqual({
      status: 'refused',
      name: 'notes.sessionstudio-backup',
      problems: [
        'This is not a Session Studio full backup (it does not say “format”: “session-studio-full-backup”).',
      ],
    });
  });
});
