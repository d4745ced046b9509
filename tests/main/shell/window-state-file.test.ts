import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWindowState, recordWindow } from '../../../main/shell/window-placement';
import {
  readWindowState,
  windowStatePath,
  writeWindowState,
} from '../../../main/shell/window-state-file';
import { tempFolder } from '../files/temp-folder';

const saved = recordWindow(emptyWindowState, '1:1440x900', {
  bounds: { x: 40, y: 60, width: 1200, height: 780 },
  maximized: true,
});

describe('the window-state file', () => {
  it('lives in the user-data folder and reads back what was written', async () => {
    const folder = tempFolder();
    const path = windowStatePath(folder);
    expect(path).toBe(join(folder, 'window-state.json'));
    await writeWindowState(path, saved);
    expect(await readWindowState(path)).toEqual({ ok: true, state: saved });
  });

  it('starts from nothing, quietly, when there is no file yet', async () => {
    expect(await readWindowState(join(tempFolder(), 'window-state.json'))).toEqual({
      ok: false,
      state: emptyWindowState,
      problem: null,
    });
  });

  it.each([
    ['not JSON', '{ "version": 1, ', 'The window state is not JSON.'],
    ['another version', JSON.stringify({ ...saved, version: 2 }), /not understood/],
    [
      'a size that is not a number',
      JSON.stringify({
        ...saved,
        displays: { a: { bounds: { x: 0, y: 0, width: 'wide', height: 1 }, maximized: false } },
      }),
      /not understood/,
    ],
  ])('ignores a damaged file (%s) and leaves it as it was', async (_what, text, problem) => {
    const path = join(tempFolder(), 'window-state.json');
    writeFileSync(path, text);
    const read = await readWindowState(path);
    expect(read.ok).toBe(false);
    expect(read.state).toEqual(emptyWindowState);
    if (read.ok) return;
    expect(read.problem).toMatch(problem);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses to write a state that would not read back', async () => {
    const path = join(tempFolder(), 'window-state.json');
    await expect(
      writeWindowState(path, { ...saved, lastDisplay: '' as unknown as string }),
    ).rejects.toThrow();
  });
});
