import { mkdir, open, readdir, readFile, rename, rm, truncate } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write';

/** A file opened for appending: each append is made durable with sync before it counts. */
export interface AppendFile {
  append(text: string): Promise<void>;
  /** fdatasync: the appended bytes (and the file's new length) are on disk when it resolves. */
  sync(): Promise<void>;
  /** Cuts the file back, so a failed append leaves no half line for the next one to join. */
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every read and write of the safety folder (journal, engagement units, manifests, backups,
 * marker) goes through this one seam: Node's file system in the app; a recording or failing
 * stand-in in tests (the order of append, sync and acknowledgement matters); and the place where
 * an at-rest cipher can wrap the contents without the copy's logic knowing.
 */
export interface SafetyStore {
  makeFolder(path: string): Promise<void>;
  /** The file's text, or null when it does not exist. */
  readText(path: string): Promise<string | null>;
  openAppend(path: string): Promise<AppendFile>;
  /** Complete or absent: temp file, fsync, rename (main/files/atomic-write). */
  writeAtomic(path: string, text: string): Promise<void>;
  truncate(path: string, length: number): Promise<void>;
  /** The names in a folder; none when it does not exist. */
  list(folder: string): Promise<string[]>;
  /** Moves a file or folder within the safety folder (the old layout, set aside). */
  move(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export const nodeSafetyStore: SafetyStore = {
  async makeFolder(path) {
    await mkdir(path, { recursive: true });
  },
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
  async openAppend(path) {
    const handle = await open(path, 'a');
    return {
      append: (text) => handle.appendFile(text, 'utf8'),
      sync: () => handle.datasync(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
  writeAtomic: (path, text) => writeFileAtomic(path, Buffer.from(text, 'utf8')),
  truncate: (path, length) => truncate(path, length),
  async list(folder) {
    try {
      return await readdir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  move: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true, recursive: true }),
};
