import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { emptyWindowState, windowStateSchema, type WindowState } from './window-placement';

/** In main's user-data folder; a preference of this laptop, never client data. */
export const windowStateFileName = 'window-state.json';

export function windowStatePath(userDataPath: string): string {
  return join(userDataPath, windowStateFileName);
}

export type WindowStateRead =
  | { ok: true; state: WindowState }
  /** Missing on a first start, or damaged: the window opens at its default place. */
  | { ok: false; state: WindowState; problem: string | null };

/** Reads the window state; never throws. A damaged file is left as it is until the next save. */
export async function readWindowState(filePath: string): Promise<WindowStateRead> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      state: emptyWindowState,
      problem: missing ? null : `The window state could not be read: ${String(error)}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, state: emptyWindowState, problem: 'The window state is not JSON.' };
  }
  const parsed = windowStateSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      state: emptyWindowState,
      problem: `The window state was not understood: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
    };
  return { ok: true, state: parsed.data };
}

export async function writeWindowState(filePath: string, state: WindowState): Promise<void> {
  const checked = windowStateSchema.parse(state);
  await writeFileAtomic(
    filePath,
    new TextEncoder().encode(`${JSON.stringify(checked, null, 2)}\n`),
  );
}
