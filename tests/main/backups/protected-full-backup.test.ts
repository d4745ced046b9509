import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { tempFolder } from '../files/temp-folder';
import { batch, engagementRow, put, sessionRow } from '../data/safety-fixtures';

const passphrase = 'ferries cross the fjord at dawn';

/** Main's handlers on a laptop holding one engagement; the dialogs answer with `path`. */
async function laptopWithOneEngagement() {
  const userDataPath = tempFolder();
  const safetyCopy = createSafetyCopy({ userDataPath, backupAtLaunch: false });
  await safetyCopy.append(
    batch([
      put('engagements', engagementRow('e1', 'Fjordline Ferries')),
      put('sessions', sessionRow('s1', 'e1', 'Agree the winter routes')),
    ]),
  );
  let path: string | null = null;
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: 'test', userDataPath }),
    chooseSavePath: async () => path,
    chooseOpenPath: async () => path,
    safetyCopy,
  });
  const call = async <T>(method: string, payload: unknown = null): Promise<T> => {
    const result = await dispatch(handlers, method as never, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { call, choose: (chosen: string) => (path = chosen) };
}

interface Opened {
  status: string;
  name?: string;
  ticket?: string;
  token?: string;
  problem?: string | null;
  problems?: string[];
  engagements?: { clientName: string }[];
}

describe('a full backup protected with a passphrase', () => {
  it('is sealed on disk, asks for its passphrase, refuses a wrong one, and opens whole with the right one', async () => {
    const laptop = await laptopWithOneEngagement();
    const file = join(tempFolder(), 'All engagements.sessionstudio-backup');
    laptop.choose(file);
    expect(await laptop.call('exportProtectedFullBackup', { passphrase })).toEqual({
      status: 'saved',
      filePath: file,
    });
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 25).toString()).toBe('session-studio-encrypted\n');
    expect(bytes.toString('latin1')).toContain('"contains":"session-studio-backup"');
    expect(bytes.toString('latin1')).not.toContain('Fjordline');

    const other = await laptopWithOneEngagement();
    other.choose(file);
    const locked = await other.call<Opened>('openBackup', { source: 'file' });
    expect(locked).toEqual({
      status: 'locked',
      name: 'All engagements.sessionstudio-backup',
      ticket: expect.any(String),
      problem: null,
    });
    const wrong = await other.call<Opened>('unlockFullBackup', {
      ticket: locked.ticket,
      passphrase: 'ferries cross the fjord at dusk',
    });
    expect(wrong).toMatchObject({ status: 'locked', ticket: locked.ticket });
    expect(wrong.problem).toMatch(/passphrase does not open/);

    const opened = await other.call<Opened>('unlockFullBackup', {
      ticket: locked.ticket,
      passphrase,
    });
    expect(opened.status).toBe('opened');
    expect(opened.engagements?.map((engagement) => engagement.clientName)).toEqual([
      'Fjordline Ferries',
    ]);
    await other.call('prepareRestore', { token: opened.token });
    const content = await other.call<{ tables: { sessions: { purpose: string }[] } }>(
      'readBackupEngagement',
      { token: opened.token, engagementId: 'e1' },
    );
    expect(content.tables.sessions.map((session) => session.purpose)).toEqual([
      'Agree the winter routes',
    ]);
  });

  it('refuses a protected file changed after it was written, whatever the passphrase, with its reason', async () => {
    const laptop = await laptopWithOneEngagement();
    const file = join(tempFolder(), 'Changed.sessionstudio-backup');
    laptop.choose(file);
    await laptop.call('exportProtectedFullBackup', { passphrase });
    const bytes = readFileSync(file);
    bytes[bytes.length - 10]! ^= 0x01;
    writeFileSync(file, bytes);

    const locked = await laptop.call<Opened>('openBackup', { source: 'file' });
    expect(locked.status).toBe('locked');
    expect(await laptop.call('unlockFullBackup', { ticket: locked.ticket, passphrase })).toEqual({
      status: 'refused',
      name: 'Changed.sessionstudio-backup',
      problems: [expect.stringMatching(/was changed or damaged after it was protected/)],
    });
    // The ticket is spent: nothing waits for a passphrase any more.
    await expect(
      laptop.call('unlockFullBackup', { ticket: locked.ticket, passphrase }),
    ).rejects.toThrow('That backup is no longer waiting for its passphrase.');
  });

  it('refuses a protected engagement file offered as a full backup, saying what it is', async () => {
    const laptop = await laptopWithOneEngagement();
    const { sealWithPassphrase } = await import('../../../main/crypto/passphrase-envelope');
    const file = join(tempFolder(), 'Fjordline.sessionstudio');
    writeFileSync(
      file,
      await sealWithPassphrase(Buffer.from('{}'), passphrase, {
        contains: 'session-studio-engagement',
      }),
    );
    laptop.choose(file);
    expect(await laptop.call('openBackup', { source: 'file' })).toEqual({
      status: 'refused',
      name: 'Fjordline.sessionstudio',
      problems: [
        '“Fjordline.sessionstudio” is an engagement file, not a full backup of Session Studio.',
      ],
    });
  });
});
