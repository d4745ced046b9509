import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sealWithPassphrase } from '../../../main/crypto/passphrase-envelope';
import { createHandlers } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { engagementFileVersion } from '../../../shared/engagement-file/format';
import { tempFolder } from '../files/temp-folder';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';

const passphrase = 'a walk along the Rhône at six';
const cheap = { N: 2 ** 10, r: 8, p: 1 };

function handlersFor(answers: { save?: string; open?: string }) {
  return createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async () => answers.save ?? null,
    chooseOpenPath: async () => answers.open ?? null,
  });
}

const fileText = () =>
  `${JSON.stringify(
    collectEngagementFile(fullEngagement(), {
      exportedAt: new Date('2026-11-22T10:30:00.000Z'),
      app: { name: 'Session Studio', version: '0.1.0' },
    }),
    null,
    2,
  )}\n`;

async function protectedFile(
  contains = 'session-studio-engagement',
  text = fileText(),
  name = 'Acme.sessionstudio',
) {
  const path = join(tempFolder(), name);
  writeFileSync(
    path,
    await sealWithPassphrase(Buffer.from(text), passphrase, { contains, cost: cheap }),
  );
  return path;
}

async function locked(handlers: ReturnType<typeof handlersFor>) {
  const result = await dispatch(handlers, 'importEngagementFile', null);
  if (!result.ok || result.value.status !== 'locked') throw new Error(JSON.stringify(result));
  return result.value;
}

describe('a protected engagement file', () => {
  it('is exported sealed, with nothing of the client readable, and imports with its passphrase', async () => {
    const target = join(tempFolder(), 'Acme.sessionstudio');
    const exporter = handlersFor({ save: target });
    expect(
      await dispatch(exporter, 'exportProtectedEngagementFile', {
        content: fullEngagement(),
        passphrase,
      }),
    ).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 25).toString()).toBe('session-studio-encrypted\n');
    expect(bytes.includes(Buffer.from(fullEngagement().engagement.clientName))).toBe(false);
    expect(bytes.includes(Buffer.from('"kdf":{"name":"scrypt","N":131072,"r":8,"p":1'))).toBe(true);

    const importer = handlersFor({ open: target });
    const { ticket, problem, fileName } = await locked(importer);
    expect({ fileName, problem }).toEqual({ fileName: 'Acme.sessionstudio', problem: null });
    const opened = await dispatch(importer, 'unlockEngagementFile', { ticket, passphrase });
    expect(opened).toMatchObject({
      ok: true,
      value: {
        status: 'read',
        fileName: 'Acme.sessionstudio',
        file: {
          version: engagementFileVersion,
          engagement: fullEngagement().engagement,
          // The client's logo and accent colour travel sealed with the rest.
          tables: { engagementBrandings: fullEngagement().tables.engagementBrandings },
        },
      },
    });
  }, 30_000);

  it('refuses a passphrase too short to protect anything, before asking where to save', async () => {
    const chooseSavePath = vi.fn(async () => '/nowhere.sessionstudio');
    const handlers = createHandlers({
      appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
      chooseSavePath,
    });
    const result = await dispatch(handlers, 'exportProtectedEngagementFile', {
      content: fullEngagement(),
      passphrase: 'short',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringContaining('at least 10 characters'),
      },
    });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('asks again after a wrong passphrase, with the reason, and opens with the right one', async () => {
    const handlers = handlersFor({ open: await protectedFile() });
    const { ticket } = await locked(handlers);
    expect(
      await dispatch(handlers, 'unlockEngagementFile', {
        ticket,
        passphrase: 'a walk along the Rhone at six',
      }),
    ).toEqual({
      ok: true,
      value: {
        status: 'locked',
        fileName: 'Acme.sessionstudio',
        ticket,
        problem:
          'This passphrase does not open “Acme.sessionstudio”. Check it (capital letters, spaces) and try again.',
      },
    });
    expect(await dispatch(handlers, 'unlockEngagementFile', { ticket, passphrase })).toMatchObject({
      ok: true,
      value: { status: 'read' },
    });
    // Once opened, the file is no longer held.
    expect(await dispatch(handlers, 'unlockEngagementFile', { ticket, passphrase })).toEqual({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('no longer waiting') },
    });
  });

  it('refuses a file changed after it was protected, and forgets it', async () => {
    const path = await protectedFile();
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 0x04;
    writeFileSync(path, bytes);
    const handlers = handlersFor({ open: path });
    const { ticket } = await locked(handlers);
    expect(await dispatch(handlers, 'unlockEngagementFile', { ticket, passphrase })).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: 'Acme.sessionstudio',
        problems: [
          '“Acme.sessionstudio” was changed or damaged after it was protected, so it was not opened. Ask for a new copy of it.',
        ],
      },
    });
    expect(await dispatch(handlers, 'unlockEngagementFile', { ticket, passphrase })).toMatchObject({
      ok: false,
    });
  });

  it('checks what it decrypts as any engagement file is checked', async () => {
    const handlers = handlersFor({
      open: await protectedFile(undefined, fileText().replace('"Acme Robotics"', '42')),
    });
    const { ticket } = await locked(handlers);
    expect(await dispatch(handlers, 'unlockEngagementFile', { ticket, passphrase })).toMatchObject({
      ok: true,
      value: { status: 'refused', problems: [expect.stringMatching(/^engagement, clientName: /)] },
    });
  });

  it('says a protected full backup is not an engagement file, without asking for its passphrase', async () => {
    const handlers = handlersFor({ open: await protectedFile('session-studio-backup') });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: 'Acme.sessionstudio',
        problems: [
          '“Acme.sessionstudio” is a full backup of Session Studio, not an engagement file.',
        ],
      },
    });
  });

  it('answers only for the file it holds: another ticket is refused', async () => {
    const handlers = handlersFor({ open: await protectedFile() });
    await locked(handlers);
    expect(
      await dispatch(handlers, 'unlockEngagementFile', { ticket: 'guessed', passphrase }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('Choose it again') } });
  });
});
