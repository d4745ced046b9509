import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createHandlers,
  type HandlerPlatform,
  type OpenDialogRequest,
  type SaveDialogRequest,
} from '../../../main/ipc/create-handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { createOpenedFiles } from '../../../main/engagement-file/opened-files';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { entriesOf, tempFolder } from '../files/temp-folder';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';

function platform(
  answers: { save?: string | null; open?: string | null },
  overrides: Partial<HandlerPlatform> = {},
) {
  const saveDialogs: SaveDialogRequest[] = [];
  const openDialogs: OpenDialogRequest[] = [];
  const handlers = createHandlers({
    appInfo: () => ({ name: 'Session Studio', version: '0.1.0', userDataPath: '/data' }),
    chooseSavePath: async (request) => {
      saveDialogs.push(request);
      return answers.save ?? null;
    },
    chooseOpenPath: async (request) => {
      openDialogs.push(request);
      return answers.open ?? null;
    },
    ...overrides,
  });
  return { handlers, saveDialogs, openDialogs };
}

const filter = [{ name: 'Session Studio engagement', extensions: ['sessionstudio'] }];

function writtenFile(text = JSON.stringify(goodFile(), null, 2)): string {
  const path = join(tempFolder(), 'Acme.sessionstudio');
  writeFileSync(path, text);
  return path;
}

function goodFile() {
  return collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: '0.1.0' },
  });
}

describe('exporting an engagement file', () => {
  it('offers a file name of client, title and date, for engagement files', async () => {
    const { handlers, saveDialogs } = platform({ save: null });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:30:00Z'));
    try {
      await dispatch(handlers, 'exportEngagementFile', fullEngagement());
    } finally {
      vi.useRealTimers();
    }
    expect(saveDialogs).toEqual([
      {
        title: 'Export engagement file',
        defaultFileName: 'Acme Robotics - FY27 growth plan - 2026-11-22.sessionstudio',
        filters: filter,
      },
    ]);
  });

  it('writes the whole engagement, readable again, and leaves no temporary file', async () => {
    const folder = tempFolder();
    const target = join(folder, 'Acme.sessionstudio');
    const { handlers } = platform({ save: target });
    expect(await dispatch(handlers, 'exportEngagementFile', fullEngagement())).toEqual({
      ok: true,
      value: { status: 'saved', filePath: target },
    });
    expect(entriesOf(folder)).toEqual(['Acme.sessionstudio']);
    const checked = validateEngagementFile(JSON.parse(readFileSync(target, 'utf8')));
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    expect(checked.file.engagement).toEqual(fullEngagement().engagement);
    expect(checked.file.app).toEqual({ name: 'Session Studio', version: '0.1.0' });
    expect(checked.file.tables.campaigns).toEqual(fullEngagement().tables.campaigns);
  });

  it('goes through the atomic writer: a failed write keeps the earlier file and says why', async () => {
    const folder = tempFolder();
    const target = join(folder, 'Acme.sessionstudio');
    writeFileSync(target, 'last week’s archive');
    const writeFile = vi.fn(async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    const { handlers } = platform({ save: target }, { writeFile });
    expect(await dispatch(handlers, 'exportEngagementFile', fullEngagement())).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: `The disk is full, so ${target} could not be saved. Free some space and try again.`,
      },
    });
    expect(writeFile).toHaveBeenCalledOnce();
    expect(readFileSync(target, 'utf8')).toBe('last week’s archive');
  });

  it('writes nothing when the consultant cancels', async () => {
    const writeFile = vi.fn();
    const { handlers } = platform({ save: null }, { writeFile });
    expect(await dispatch(handlers, 'exportEngagementFile', fullEngagement())).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('asks nothing and writes nothing when the rows do not hold together', async () => {
    const content = fullEngagement();
    content.tables.touchPoints[0]!.phaseId = 'gone';
    const { handlers, saveDialogs } = platform({ save: join(tempFolder(), 'x.sessionstudio') });
    const result = await dispatch(handlers, 'exportEngagementFile', content);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('not in the file') },
    });
    expect(saveDialogs).toEqual([]);
  });
});

describe('importing an engagement file', () => {
  it('asks for an engagement file and answers with the checked file', async () => {
    const { handlers, openDialogs } = platform({ open: writtenFile() });
    const result = await dispatch(handlers, 'importEngagementFile', null);
    expect(openDialogs).toEqual([{ title: 'Import engagement file', filters: filter }]);
    expect(result).toEqual({
      ok: true,
      value: { status: 'read', fileName: 'Acme.sessionstudio', file: goodFile() },
    });
  });

  it('answers cancelled when the consultant cancels', async () => {
    const { handlers } = platform({ open: null });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });

  it('refuses a 60 MB file from its size', async () => {
    const path = join(tempFolder(), 'huge.sessionstudio');
    writeFileSync(path, '');
    truncateSync(path, 60 * 1024 * 1024);
    const { handlers } = platform({ open: path });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: 'huge.sessionstudio',
        problems: [
          'huge.sessionstudio is 60 MB; an engagement file can be at most 50 MB. It is not a file Session Studio exported, or it is damaged.',
        ],
      },
    });
  });

  it('says where malformed JSON breaks', async () => {
    const { handlers } = platform({
      open: writtenFile('{\n  "format": "session-studio-engagement",\n  "version" 1\n}'),
    });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: 'Acme.sessionstudio',
        problems: [
          expect.stringMatching(
            /^Line 3, column 1\d: the file is not valid JSON \(.+\)\. It may have been damaged or edited by hand\.$/,
          ),
        ],
      },
    });
  });

  it('says a truncated file is cut off', async () => {
    const text = JSON.stringify(goodFile(), null, 2);
    const { handlers } = platform({ open: writtenFile(text.slice(0, text.length / 3)) });
    const result = await dispatch(handlers, 'importEngagementFile', null);
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'refused', problems: [expect.stringMatching(/looks cut off/)] },
    });
  });

  it('lists what is wrong in a file that parses but does not check', async () => {
    const file = goodFile();
    file.engagement.clientName = 'x'.repeat(10_000);
    const { handlers } = platform({ open: writtenFile(JSON.stringify(file)) });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: true,
      value: {
        status: 'refused',
        fileName: 'Acme.sessionstudio',
        problems: ['engagement, clientName: Client name can be at most 200 characters.'],
      },
    });
  });

  it('says so when the file is gone or is a folder', async () => {
    const folder = tempFolder();
    for (const [path, problem] of [
      [
        join(folder, 'gone.sessionstudio'),
        'gone.sessionstudio is no longer there. Choose the file again.',
      ],
      [folder, expect.stringMatching(/is (a folder|not a file)/)],
    ] as const) {
      const { handlers } = platform({ open: path });
      expect(await dispatch(handlers, 'importEngagementFile', null)).toMatchObject({
        ok: true,
        value: { status: 'refused', problems: [problem] },
      });
    }
  });

  it('says opening is unavailable on a platform without an open dialog', async () => {
    const { handlers } = platform({}, { chooseOpenPath: undefined });
    expect(await dispatch(handlers, 'importEngagementFile', null)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Opening a file is not available here.' },
    });
  });
});

describe('taking an engagement file opened from the desktop', () => {
  it('reads and checks the files main received, one per call, in order, then none', async () => {
    const good = writtenFile();
    const damaged = writtenFile('{"format": "session-studio-engagement"');
    const huge = join(tempFolder(), 'Huge.sessionstudio');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 ** 3);
    const openedFiles = createOpenedFiles();
    openedFiles.add([good, damaged, huge]);
    const { handlers, openDialogs } = platform({}, { openedFiles });
    const take = async () => {
      const result = await dispatch(handlers, 'takeOpenedEngagementFile', null);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const first = await take();
    expect(first).toMatchObject({ status: 'read', fileName: 'Acme.sessionstudio' });
    expect(first.status === 'read' && first.file.engagement.clientName).toBe('Acme Robotics');
    expect(await take()).toEqual({
      status: 'refused',
      fileName: 'Acme.sessionstudio',
      problems: [expect.stringMatching(/it looks cut off/)],
    });
    expect(await take()).toEqual({
      status: 'refused',
      fileName: 'Huge.sessionstudio',
      problems: [expect.stringMatching(/^Huge\.sessionstudio is 2,048 MB; an engagement file/)],
    });
    expect(await take()).toEqual({ status: 'cancelled' });
    // No dialog: main already knows which file.
    expect(openDialogs).toEqual([]);
  });

  it('answers none where nothing was opened', async () => {
    const { handlers } = platform({});
    expect(await dispatch(handlers, 'takeOpenedEngagementFile', null)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });
});
