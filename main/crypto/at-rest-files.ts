import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { atRestPrefix, type AtRestCipher } from './at-rest-cipher';
import { openRecords, sealRecords } from './at-rest-records';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Whether a file holds any text that is not sealed: written before protection began. */
function holdsPlainText(disk: string): boolean {
  return disk.split('\n').some((line) => line !== '' && !line.startsWith(atRestPrefix));
}

/**
 * Seals every file of the safety folder written before it was protected, each replaced atomically
 * by the same text sealed (a crash leaves each file either as it was or sealed, and the next start
 * carries on). Temp files of interrupted writes (".name.tmp") are left to the copy's own cleanup.
 * Returns how many files were sealed.
 */
export async function sealPlainFiles(folder: string, cipher: AtRestCipher): Promise<number> {
  let sealed = 0;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) sealed += await sealPlainFiles(path, cipher);
    else if (entry.isFile() && !entry.name.startsWith('.')) {
      const disk = await readFile(path, 'utf8');
      if (!holdsPlainText(disk)) continue;
      const { text } = openRecords(cipher, disk);
      await writeFileAtomic(path, Buffer.from(sealRecords(cipher, text), 'utf8'));
      sealed += 1;
    }
  }
  return sealed;
}

/** Whether the safety folder holds sealed files (its manifest, journal or marker): a key made them. */
export async function holdsSealedFiles(folder: string): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const start = Buffer.alloc(atRestPrefix.length);
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const handle = await open(join(folder, entry.name), 'r');
    try {
      const { bytesRead } = await handle.read(start, 0, start.length, 0);
      if (start.subarray(0, bytesRead).toString('utf8') === atRestPrefix) return true;
    } finally {
      await handle.close();
    }
  }
  return false;
}

/**
 * Moves a safety copy this laptop can no longer open, with the sealed key it was made with, out
 * of the way, untouched: `safety-locked-<time>` beside it in the user-data folder. Nothing in it
 * is deleted, ever, by the app. Returns the folder it is now in.
 */
export async function setLockedCopyAside(
  safetyFolder: string,
  keyFile: string,
  userDataPath: string,
  now: number,
): Promise<string> {
  const target = join(
    userDataPath,
    `safety-locked-${new Date(now).toISOString().replace(/[:.]/g, '-')}`,
  );
  try {
    await rename(safetyFolder, target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await mkdir(target, { recursive: true });
  }
  try {
    await rename(keyFile, join(target, 'at-rest-key.json'));
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  return target;
}
