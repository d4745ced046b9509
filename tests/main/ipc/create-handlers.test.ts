import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createHandlers,
  type HandlerPlatform,
  type SaveDialogRequest,
} from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { entriesOf, tempFolder } from '../files/temp-folder';

function platformAnswering(answer: string | null, overrides: Partial<HandlerPlatform> = {}) {
  const dialogs: SaveDialogRequest[] = [];
  const platform: HandlerPlatform = {
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async (request) => {
      dialogs.push(request);
      return answer;
    },
    ...overrides,
  };
  return { handlers: createHandlers(platform), dialogs };
}

const exportAgenda = (handlers: ReturnType<typeof createHandlers>, payload: unknown) =>
  dispatch(handlers, 'exportAgendaDocx', payload);

describe('exporting the session agenda', () => {
  it('offers a file name made of client, session, “Agenda” and date, for Word documents', async () => {
    const { handlers, dialogs } = platformAnswering(null);
    await exportAgenda(handlers, agendaSnapshot());
    expect(dialogs).toEqual([
      {
        title: 'Export session agenda',
        defaultFileName: 'Acme Robotics - Kick-off session - Agenda - 2026-11-30.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      },
    ]);
  });

  it('writes nothing when the consultant cancels the dialog', async () => {
    const writeFile = vi.fn();
    const { handlers } = platformAnswering(null, { writeFile });
    expect(await exportAgenda(handlers, agendaSnapshot())).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('saves a complete Word file where the consultant chose, and nothing else', async () => {
    const folder = tempFolder();
    const target = join(folder, 'Acme agenda.docx');
    const { handlers } = platformAnswering(target);
    expect(await exportAgenda(handlers, agendaSnapshot())).toEqual({
      ok: true,
      value: { status: 'saved', filePath: target },
    });
    const file = readFileSync(target);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(entriesOf(folder)).toEqual(['Acme agenda.docx']);
  });

  it('asks nothing and writes nothing when the snapshot does not parse', async () => {
    const folder = tempFolder();
    const { handlers, dialogs } = platformAnswering(join(folder, 'agenda.docx'));
    const snapshot = agendaSnapshot({ agenda: [{ title: 'Intro', minutes: -10, owner: '' }] });
    const result = await exportAgenda(handlers, snapshot);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(dialogs).toEqual([]);
    expect(entriesOf(folder)).toEqual([]);
  });

  it('says why when the chosen folder does not exist, and leaves no file', async () => {
    const folder = tempFolder();
    const target = join(folder, 'gone', 'agenda.docx');
    const { handlers } = platformAnswering(target);
    expect(await exportAgenda(handlers, agendaSnapshot())).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: `The folder for ${target} does not exist. Choose another folder.`,
      },
    });
    expect(entriesOf(folder)).toEqual([]);
  });

  it('says why when the chosen path is a folder, and leaves it as it was', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    mkdirSync(target);
    const { handlers } = platformAnswering(target);
    const result = await exportAgenda(handlers, agendaSnapshot());
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: `${target} is a folder. Choose a file name.` },
    });
    expect(entriesOf(folder)).toEqual(['agenda.docx']);
    expect(entriesOf(target)).toEqual([]);
  });

  it('keeps the earlier file when the disk fills up, and says so', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    writeFileSync(target, 'last week’s agenda');
    const { handlers } = platformAnswering(target, {
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    expect(await exportAgenda(handlers, agendaSnapshot())).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: `The disk is full, so ${target} could not be saved. Free some space and try again.`,
      },
    });
    expect(readFileSync(target, 'utf8')).toBe('last week’s agenda');
  });
});

describe('app info', () => {
  it('answers from the platform', async () => {
    const { handlers } = platformAnswering(null);
    expect(await dispatch(handlers, 'getAppInfo', null)).toEqual({
      ok: true,
      value: { name: 'Session Studio', version: '0.1.0', userDataPath: '/data' },
    });
  });
});
