import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The safety copy's encryption at rest: each record (a whole file, or one appended journal line)
 * becomes one text line, `ssrest1:` and the base64 of nonce, ciphertext and tag (AES-256-GCM),
 * under a key kept in the operating system's keystore (at-rest-key.ts). A line is a record, so an
 * append stays one write and a crash cuts off at most the record being written.
 */
export const atRestPrefix = 'ssrest1:';

const nonceBytes = 12;
const tagBytes = 16;
export const atRestKeyBytes = 32;
/** Binds every record to this use, so a record cannot pass for anything else sealed with the key. */
const label = Buffer.from('session-studio safety copy at rest v1', 'utf8');

export interface AtRestCipher {
  /** The record line for a text (without the line's newline). */
  seal(text: string): string;
  /** The text of a record line, or null when it is damaged, cut off or sealed with another key. */
  open(line: string): string | null;
}

export function isAtRestRecord(line: string): boolean {
  return line.startsWith(atRestPrefix);
}

export function atRestCipher(key: Buffer): AtRestCipher {
  if (key.length !== atRestKeyBytes) throw new Error('An at-rest key is 32 bytes.');
  return {
    seal(text) {
      const nonce = randomBytes(nonceBytes);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(label);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${atRestPrefix}${Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    open(line) {
      if (!isAtRestRecord(line)) return null;
      const body = line.slice(atRestPrefix.length);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return null;
      const bytes = Buffer.from(body, 'base64');
      if (bytes.length < nonceBytes + tagBytes) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, nonceBytes));
        decipher.setAAD(label);
        decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
        const text = decipher.update(bytes.subarray(nonceBytes, bytes.length - tagBytes));
        return Buffer.concat([text, decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
