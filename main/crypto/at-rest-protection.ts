import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { safetyPaths } from '../data/safety-paths';
import { atRestCipher, atRestKeyBytes, type AtRestCipher } from './at-rest-cipher';
import { holdsSealedFiles, sealPlainFiles, setLockedCopyAside } from './at-rest-files';
import { atRestKeyFileName, readKeyFile, writeKeyFile, type KeyFile } from './at-rest-key-file';
import type { Keystore } from './keystore';

/** Whether the safety copy and the automatic backups are encrypted at rest in this run, and how. */
export type AtRestState =
  { encrypted: true; keystore: string } | { encrypted: false; reason: string };

/** The state in a sentence for the consultant (the Backups screen). */
export function describeAtRest(state: AtRestState): string {
  return state.encrypted
    ? `Encrypted on this laptop, with a key kept by ${state.keystore}.`
    : `Not encrypted on this laptop: ${state.reason}. Protect the laptop with disk encryption.`;
}

export interface AtRestProtection {
  /**
   * Settles protection once, before the safety folder is first touched: the key opened from the
   * keystore (or made and sealed there), files written before protection began sealed. Null when
   * there is no keystore: the copy is then written unencrypted, and the consultant is told.
   */
  cipher(): Promise<AtRestCipher | null>;
  state(): Promise<AtRestState>;
  /** What the consultant must be told about protection, once per run; null when nothing. */
  takeNotice(): Promise<string | null>;
}

interface Settled {
  cipher: AtRestCipher | null;
  state: AtRestState;
  notice: string | null;
}

function lockedNotice(reason: string, folder: string): string {
  return (
    `Session Studio could not open the key of its encrypted safety copy: ${reason}. ` +
    `It moved that copy, untouched, to ${folder}, and started a new one from the engagements on ` +
    `this laptop, so everything here is kept safe as before. The old copy and its backups open ` +
    `again only with that key, in the keystore it was made in.`
  );
}

function unprotectedNotice(reason: string, folder: string): string {
  return (
    `Session Studio’s safety copy and automatic backups in ${folder} are not encrypted on this ` +
    `laptop: ${reason}. They still keep every change safe from loss, but anyone who can read ` +
    `that folder can read the client data in it. Protect the laptop with disk encryption ` +
    `(FileVault, BitLocker or LUKS).`
  );
}

/**
 * Encryption at rest of the safety folder. The key is 32 random bytes, kept only sealed by the
 * operating system's keystore in at-rest-key.json. A copy whose key cannot be opened is never
 * deleted nor overwritten: it is set aside whole and the consultant is told, in words, where it is.
 */
export function atRestProtection({
  userDataPath,
  keystore,
  now = Date.now,
}: {
  userDataPath: string;
  keystore: Keystore;
  now?: () => number;
}): AtRestProtection {
  const keyPath = join(userDataPath, atRestKeyFileName);
  const { folder } = safetyPaths(userDataPath);
  let settled: Promise<Settled> | null = null;
  let told = false;

  /** The key a sealed key file holds, or why it cannot be opened. */
  async function openKey(
    file: Extract<KeyFile, { kind: 'sealed' }>,
  ): Promise<{ key: Buffer; name: string } | { problem: string }> {
    const availability = await keystore.availability();
    if (!availability.available)
      return { problem: `${file.keystore} is not available: ${availability.reason}` };
    let opened: { secret: string; reseal: boolean };
    try {
      opened = await keystore.open(file.sealedKey);
    } catch {
      return { problem: `${availability.name} no longer opens it` };
    }
    const key = Buffer.from(opened.secret, 'base64');
    if (key.length !== atRestKeyBytes) return { problem: 'the key it holds is damaged' };
    if (opened.reseal)
      await writeKeyFile(keyPath, {
        ...file,
        keystore: availability.name,
        sealedKey: await keystore.seal(opened.secret),
      });
    return { key, name: availability.name };
  }

  /** Seals what was written before protection began, then records that all is sealed. */
  async function sealEverything(cipher: AtRestCipher, file: Extract<KeyFile, { kind: 'sealed' }>) {
    if (file.allSealed) return;
    await sealPlainFiles(folder, cipher);
    await writeKeyFile(keyPath, { ...file, allSealed: true });
  }

  async function settle(): Promise<Settled> {
    const file = await readKeyFile(keyPath);
    let locked: string | null = null;
    if (file.kind === 'sealed') {
      const opened = await openKey(file);
      if ('key' in opened) {
        const cipher = atRestCipher(opened.key);
        await sealEverything(cipher, file);
        return { cipher, state: { encrypted: true, keystore: opened.name }, notice: null };
      }
      locked = opened.problem;
    } else if (file.kind === 'damaged') locked = 'the file that holds it is damaged';
    else if (await holdsSealedFiles(folder)) locked = 'the file that holds it is missing';
    const notices: string[] = [];
    if (locked !== null)
      notices.push(
        lockedNotice(locked, await setLockedCopyAside(folder, keyPath, userDataPath, now())),
      );

    const availability = await keystore.availability();
    if (availability.available) {
      const key = randomBytes(atRestKeyBytes);
      const sealed: KeyFile = {
        kind: 'sealed',
        keystore: availability.name,
        sealedKey: await keystore.seal(key.toString('base64')),
        allSealed: false,
      };
      await writeKeyFile(keyPath, sealed);
      const cipher = atRestCipher(key);
      // Files written while the laptop had no keystore (or by an earlier version) are sealed now.
      await sealEverything(cipher, sealed);
      return {
        cipher,
        state: { encrypted: true, keystore: availability.name },
        notice: notices.length > 0 ? notices.join(' ') : null,
      };
    }
    const toldBefore = file.kind === 'unprotected' && file.reason === availability.reason;
    if (!toldBefore) {
      await writeKeyFile(keyPath, {
        kind: 'unprotected',
        since: now(),
        reason: availability.reason,
      });
      notices.push(unprotectedNotice(availability.reason, folder));
    }
    return {
      cipher: null,
      state: { encrypted: false, reason: availability.reason },
      notice: notices.length > 0 ? notices.join(' ') : null,
    };
  }

  // A failure (a file system error) is tried again at the next call, not remembered.
  const ready = () =>
    (settled ??= settle().catch((error: unknown) => {
      settled = null;
      throw error;
    }));
  return {
    cipher: async () => (await ready()).cipher,
    state: async () => (await ready()).state,
    async takeNotice() {
      const { notice } = await ready();
      if (told) return null;
      told = true;
      return notice;
    },
  };
}
