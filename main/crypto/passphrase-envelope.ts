import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import {
  authenticatedData,
  defaultScryptCost,
  envelopeHeaderSchema,
  envelopeMagic,
  envelopeVersion,
  maxHeaderBytes,
  type EnvelopeHeader,
  type ScryptCost,
} from './envelope-format';

/** Why a file could not be opened; envelope-messages.ts says it in words. */
export type EnvelopeFailure =
  /** Not an encrypted file at all (read it as it is). */
  | 'not-sealed'
  /** Its header is cut off, garbled or asks for what this reader refuses. */
  | 'damaged'
  /** Written by a newer Session Studio with an envelope version this one does not know. */
  | 'newer'
  | 'wrong-passphrase'
  /** The passphrase is right but the content was changed or damaged after it was sealed. */
  | 'tampered';

export type EnvelopeReading =
  | { ok: true; header: EnvelopeHeader; ciphertext: Buffer }
  | { ok: false; failure: 'not-sealed' | 'damaged' | 'newer' };

export type OpenOutcome =
  { ok: true; plaintext: Buffer; contains: string } | { ok: false; failure: EnvelopeFailure };

const magic = Buffer.from(envelopeMagic, 'ascii');
const checkLabel = 'session-studio passphrase check';

/** Whether the bytes start like an encrypted file (nothing is checked beyond that). */
export function isSealed(bytes: Uint8Array): boolean {
  return (
    bytes.length >= magic.length &&
    magic.equals(Buffer.from(bytes.buffer, bytes.byteOffset, magic.length))
  );
}

/** A passphrase typed on any system gives the same key (é as one character or as e + accent). */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** 32 bytes of AES key, then 32 bytes for the passphrase check. */
function deriveKeys(passphrase: string, salt: Buffer, { N, r, p }: ScryptCost) {
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * p + 32 * 1024 * 1024 };
  return new Promise<{ key: Buffer; check: Buffer }>((resolve, reject) =>
    scrypt(passphraseBytes(passphrase), salt, 64, options, (error, derived) => {
      if (error) reject(error);
      else
        resolve({
          key: derived.subarray(0, 32),
          check: createHmac('sha256', derived.subarray(32)).update(checkLabel).digest(),
        });
    }),
  );
}

interface Derivation {
  salt: Buffer;
  cost: ScryptCost;
  keys: { key: Buffer; check: Buffer };
}

/**
 * Keys being derived for one seal: scrypt runs on Node's thread pool from the moment this is
 * made, so a caller starts it as soon as it has the passphrase and serialises, reads or asks
 * where to save meanwhile. A fresh salt each time; each is used for one seal only.
 */
export interface PendingKeys {
  salt: Buffer;
  cost: ScryptCost;
  keys: Promise<{ key: Buffer; check: Buffer }>;
}

export function startDerivingKeys(passphrase: string, cost: ScryptCost = defaultScryptCost) {
  const salt = randomBytes(16);
  const keys = deriveKeys(passphrase, salt, cost);
  // Awaited by the seal; one never made (the consultant cancelled) leaves it unread.
  keys.catch(() => undefined);
  return { salt, cost, keys } satisfies PendingKeys;
}

/** The passphrase's keys, derived from now on, or the ones already on their way. */
const pendingKeys = (passphrase: string | PendingKeys, cost?: ScryptCost): PendingKeys =>
  typeof passphrase === 'string' ? startDerivingKeys(passphrase, cost) : passphrase;

async function seal(
  plaintext: Uint8Array,
  pending: PendingKeys,
  contains: string,
): Promise<{ sealed: Buffer; derivation: Derivation }> {
  const { salt, cost } = pending;
  const nonce = randomBytes(12);
  const keys = await pending.keys;
  const unsigned: Omit<EnvelopeHeader, 'tag'> = {
    version: envelopeVersion,
    contains,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
    nonce: nonce.toString('base64'),
    check: keys.check.toString('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', keys.key, nonce);
  cipher.setAAD(authenticatedData(unsigned));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const header: EnvelopeHeader = envelopeHeaderSchema.parse({
    ...unsigned,
    tag: cipher.getAuthTag().toString('base64'),
  });
  const sealed = Buffer.concat([
    magic,
    Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'),
    ciphertext,
  ]);
  return { sealed, derivation: { salt, cost, keys } };
}

/**
 * Encrypts `plaintext` under a passphrase: a key from scrypt (fresh salt), AES-256-GCM with a
 * fresh nonce, the header authenticated with the content. `contains` names what is inside. The
 * passphrase may come as keys already being derived (startDerivingKeys).
 */
export async function sealWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string | PendingKeys,
  options: { contains: string; cost?: ScryptCost },
): Promise<Buffer> {
  return (await seal(plaintext, pendingKeys(passphrase, options.cost), options.contains)).sealed;
}

/**
 * Seals, then opens the result again as any reader will: its header read back, the passphrase
 * check and the cipher's. scrypt runs once: the header must name the very salt and cost the keys
 * were derived with, so deriving them again from it would give the same keys. Null when the
 * sealed bytes do not open to exactly `plaintext`.
 */
export async function sealAndOpenAgain(
  plaintext: Uint8Array,
  passphrase: string | PendingKeys,
  options: { contains: string; cost?: ScryptCost },
): Promise<Buffer | null> {
  const { sealed, derivation } = await seal(
    plaintext,
    pendingKeys(passphrase, options.cost),
    options.contains,
  );
  const reading = readEnvelope(sealed);
  if (!reading.ok) return null;
  const { kdf } = reading.header;
  const same =
    Buffer.from(kdf.salt, 'base64').equals(derivation.salt) &&
    kdf.N === derivation.cost.N &&
    kdf.r === derivation.cost.r &&
    kdf.p === derivation.cost.p;
  if (!same) return null;
  const opened = openReading(reading, derivation.keys);
  return opened.ok && opened.plaintext.equals(plaintext) ? sealed : null;
}

/** Reads the header without the passphrase: what the file holds and how it was sealed. */
export function readEnvelope(bytes: Uint8Array): EnvelopeReading {
  if (!isSealed(bytes)) return { ok: false, failure: 'not-sealed' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.indexOf(0x0a, magic.length);
  if (end < 0 || end - magic.length > maxHeaderBytes) return { ok: false, failure: 'damaged' };
  let raw: unknown;
  try {
    raw = JSON.parse(buffer.subarray(magic.length, end).toString('utf8'));
  } catch {
    return { ok: false, failure: 'damaged' };
  }
  const header = envelopeHeaderSchema.safeParse(raw);
  if (!header.success) {
    const version = (raw as { version?: unknown } | null)?.version;
    const newer = typeof version === 'number' && version > envelopeVersion;
    return { ok: false, failure: newer ? 'newer' : 'damaged' };
  }
  return { ok: true, header: header.data, ciphertext: buffer.subarray(end + 1) };
}

/**
 * Decrypts a sealed file. The passphrase is proved first (so a wrong one is said to be wrong),
 * then the cipher checks that neither the header nor a byte of the content changed.
 */
export async function openWithPassphrase(
  bytes: Uint8Array,
  passphrase: string,
): Promise<OpenOutcome> {
  const reading = readEnvelope(bytes);
  if (!reading.ok) return reading;
  const { kdf } = reading.header;
  return openReading(reading, await deriveKeys(passphrase, Buffer.from(kdf.salt, 'base64'), kdf));
}

/** Decrypts a sealed file read back, with the keys derived for its header. */
function openReading(
  reading: Extract<EnvelopeReading, { ok: true }>,
  { key, check }: { key: Buffer; check: Buffer },
): OpenOutcome {
  const { header, ciphertext } = reading;
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64')))
    return { ok: false, failure: 'wrong-passphrase' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'));
    decipher.setAAD(authenticatedData(header));
    decipher.setAuthTag(Buffer.from(header.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return { ok: true, plaintext, contains: header.contains };
  } catch {
    return { ok: false, failure: 'tampered' };
  }
}
