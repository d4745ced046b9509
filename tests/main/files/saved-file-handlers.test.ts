import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type HandlerPlatform } from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';
import { agendaSnapshot } from '../agenda-snapshot-fixture';
import { tempFolder } from './temp-folder';

function platform(savePath: string | null, overrides: Partial<HandlerPlatform> = {}) {
  const opened: string[] = [];
  const shown: string[] = [];
  const recent: string[] = [];
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async () => savePath,
    chooseOpenPath: async () => savePath,
    openPath: async (filePath) => {
      opened.push(filePath);
      return '';
    },
    showItemInFolder: (filePath) => void shown.push(filePath),
    addRecentDocument: (filePath) => void recent.push(filePath),
    ...overrides,
  });
  return { handlers, opened, shown, recent };
}

describe('opening a saved export', () => {
  it('opens the file main saved, and shows it in its folder', async () => {
    const target = join(tempFolder(), 'agenda.docx');
    const { handlers, opened, shown } = platform(target);
    expect(await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot())).toEqual({
      ok: true,
      value: { status: 'saved', filePath: target },
    });
    expect(await dispatch(handlers, 'openSavedFile', { filePath: target })).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch(handlers, 'showSavedFile', { filePath: target })).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual([target]);
    expect(shown).toEqual([target]);
  });

  it('refuses a path main did not write in this run, even one that exists', async () => {
    const elsewhere = join(tempFolder(), 'not-ours.docx');
    writeFileSync(elsewhere, 'anything');
    const { handlers, opened, shown } = platform(null);
    for (const method of ['openSavedFile', 'showSavedFile'] as const) {
      const result = await dispatch(handlers, method, { filePath: elsewhere });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'failed',
          message:
            'Session Studio opens only files it saved itself since it started. Export the document again to open it.',
        },
      });
    }
    expect(opened).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('says plainly when the file was deleted after it was saved, and opens nothing', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    const { handlers, opened, shown } = platform(target);
    await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    rmSync(target);
    const message = `“agenda.docx” is no longer in ${folder}: it was moved, renamed or deleted after it was saved. Export it again to open it.`;
    expect(await dispatch(handlers, 'openSavedFile', { filePath: target })).toEqual({
      ok: false,
      error: { code: 'failed', message },
    });
    expect(await dispatch(handlers, 'showSavedFile', { filePath: target })).toEqual({
      ok: false,
      error: { code: 'failed', message },
    });
    expect(opened).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('passes on why the system could not open it (no program for .docx)', async () => {
    const folder = tempFolder();
    const target = join(folder, 'agenda.docx');
    const { handlers } = platform(target, {
      openPath: async () => 'No application is associated with this file.',
    });
    await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    expect(await dispatch(handlers, 'openSavedFile', { filePath: target })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: `“agenda.docx” could not be opened: No application is associated with this file. It is saved in ${folder}.`,
      },
    });
  });

  it('remembers nothing when the save was cancelled or failed', async () => {
    const target = join(tempFolder(), 'missing-folder', 'agenda.docx');
    const { handlers, opened } = platform(target);
    const saved = await dispatch(handlers, 'exportAgendaDocx', agendaSnapshot());
    expect(saved.ok).toBe(false);
    const result = await dispatch(handlers, 'openSavedFile', { filePath: target });
    expect(result.ok).toBe(false);
    expect(opened).toEqual([]);
  });
});

describe('recent documents', () => {
  it('adds an exported engagement file and an imported one, never a Word document', async () => {
    const folder = tempFolder();
    const engagementFile = join(folder, 'Acme.sessionstudio');
    const { handlers, recent } = platform(engagementFile);
    await dispatch(handlers, 'exportEngagementFile', fullEngagement());
    expect(recent).toEqual([engagementFile]);
    const read = await dispatch(handlers, 'importEngagementFile', null);
    expect(read.ok && read.value.status).toBe('read');
    expect(recent).toEqual([engagementFile, engagementFile]);

    const other = platform(join(folder, 'agenda.docx'));
    await dispatch(other.handlers, 'exportAgendaDocx', agendaSnapshot());
    expect(other.recent).toEqual([]);
  });

  it('leaves a refused file out of recent documents', async () => {
    const broken = join(tempFolder(), 'Broken.sessionstudio');
    writeFileSync(broken, '{ not json');
    const { handlers, recent } = platform(broken);
    const read = await dispatch(handlers, 'importEngagementFile', null);
    expect(read.ok && read.value.status).toBe('refused');
    expect(recent).toEqual([]);
  });
});
