import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: temp file beside it, fsync, rename,
 * then fsync of the folder so the rename itself survives a power cut.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array): Promise<void> {
  const folder = dirname(filePath);
  const tempPath = join(folder, `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
    renamed = true;
    await syncFolder(folder);
  } finally {
    if (!renamed) await rm(tempPath, { force: true });
  }
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a folder for sync; the rename is already done.
  }
}
