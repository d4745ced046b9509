import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { safeStorageAvailability, type Keystore } from '../../../main/crypto/keystore';

/**
 * The operating system's keystore, stood in for tests (Electron's safeStorage cannot run here):
 * - 'this-laptop' seals with a secret of its own, the same in every test process, as one account's
 *   keystore does from launch to launch;
 * - 'another-keystore' seals with another secret: what a key sealed on this laptop meets after the
 *   keystore was reset, or on another account;
 * - 'none' is a Linux account with no keyring, where safeStorage protects nothing.
 */
export type KeystoreStandIn = 'this-laptop' | 'another-keystore' | 'none';

export function keystoreStandIn(kind: KeystoreStandIn = 'this-laptop'): Keystore & {
  /** How many times a secret was sealed or opened. */
  uses: { seal: number; open: number };
} {
  const secret = createHash('sha256').update(`session-studio keystore stand-in: ${kind}`).digest();
  const uses = { seal: 0, open: 0 };
  return {
    uses,
    async availability() {
      return kind === 'none'
        ? safeStorageAvailability('linux', true, 'basic_text')
        : { available: true, name: 'the test keystore' };
    },
    async seal(text) {
      if (kind === 'none') throw new Error('No keystore.');
      uses.seal += 1;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    async open(sealed) {
      if (kind === 'none') throw new Error('No keystore.');
      uses.open += 1;
      const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
      return { secret: text.toString('utf8'), reseal: false };
    },
  };
}
