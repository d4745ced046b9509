import { nodeSafetyStore, type AppendFile, type SafetyStore } from '../data/safety-store';
import type { AtRestCipher } from './at-rest-cipher';
import type { AtRestProtection } from './at-rest-protection';
import { fileBytesAt, openRecords, sealRecords } from './at-rest-records';

/**
 * The safety folder's store with encryption at rest around it: what the safety copy writes is
 * sealed record by record (at-rest-records.ts) and what it reads is opened, so the copy's own
 * logic never knows. Lengths the copy works with (the journal's, to cut a torn tail) are lengths
 * of the text, turned into lengths of the file here.
 *
 * `cipher` is awaited before every operation, and settles once (AtRestProtection): the key from
 * the keystore, after anything to do first, like sealing files written before protection began;
 * or null when nothing can be protected: files are then written as they are.
 */
export function atRestSafetyStore(
  inner: SafetyStore,
  cipher: () => Promise<AtRestCipher | null>,
): SafetyStore {
  const ready = cipher;

  const seal = (sealer: AtRestCipher | null, text: string) =>
    sealer ? sealRecords(sealer, text) : text;

  /** The file's length that holds the first `textBytes` bytes of its text. */
  async function fileLength(path: string, sealer: AtRestCipher | null, textBytes: number) {
    const disk = (await inner.readText(path)) ?? '';
    return fileBytesAt(openRecords(sealer, disk), textBytes);
  }

  return {
    makeFolder: async (path) => {
      await ready();
      await inner.makeFolder(path);
    },
    async readText(path) {
      const sealer = await ready();
      const disk = await inner.readText(path);
      return disk === null ? null : openRecords(sealer, disk).text;
    },
    async openAppend(path): Promise<AppendFile> {
      const sealer = await ready();
      const file = await inner.openAppend(path);
      return {
        append: (text) => file.append(seal(sealer, text)),
        sync: () => file.sync(),
        truncate: async (length) => file.truncate(await fileLength(path, sealer, length)),
        close: () => file.close(),
      };
    },
    async writeAtomic(path, text) {
      await inner.writeAtomic(path, seal(await ready(), text));
    },
    async truncate(path, length) {
      const sealer = await ready();
      await inner.truncate(path, await fileLength(path, sealer, length));
    },
    list: async (folder) => {
      await ready();
      return inner.list(folder);
    },
    move: async (from, to) => {
      await ready();
      await inner.move(from, to);
    },
    remove: async (path) => {
      await ready();
      await inner.remove(path);
    },
  };
}

/** The safety folder's store (Node's file system unless given) under the app's protection. */
export function protectedSafetyStore(
  protection: AtRestProtection,
  inner: SafetyStore = nodeSafetyStore,
): SafetyStore {
  return atRestSafetyStore(inner, () => protection.cipher());
}
