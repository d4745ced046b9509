import { z } from 'zod';

/**
 * A file protected with a passphrase (docs/encrypted-files.md): this first line, then one line of
 * JSON header, then the ciphertext. The first line tells it apart from an engagement file's JSON
 * before anything is decrypted.
 */
export const envelopeMagic = 'session-studio-encrypted\n';

/** The envelope's own version, independent of the version of the content it wraps. */
export const envelopeVersion = 1;

/** A header is a few hundred bytes; anything longer is not one. */
export const maxHeaderBytes = 4096;

/** The cost this build seals with: about 0.3 s and 128 MiB on a laptop, per attempt. */
export const defaultScryptCost = { N: 2 ** 17, r: 8, p: 1 } as const;

/**
 * What a file may ask of the reader: enough for any cost this app writes or will write, small
 * enough that a crafted file cannot take the laptop's memory (128 × N × r × p bytes) or minutes.
 */
export const scryptLimits = {
  minLogN: 10,
  maxLogN: 20,
  maxR: 16,
  maxP: 4,
  maxMemoryBytes: 512 * 1024 * 1024,
} as const;

export type ScryptCost = { N: number; r: number; p: number };

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64.')
    .refine((text) => Buffer.from(text, 'base64').length === bytes, `must hold ${bytes} bytes.`);

const powerOfTwo = z
  .number()
  .int()
  .refine((n) => {
    const log = Math.log2(n);
    return Number.isInteger(log) && log >= scryptLimits.minLogN && log <= scryptLimits.maxLogN;
  }, `must be a power of two from 2^${scryptLimits.minLogN} to 2^${scryptLimits.maxLogN}.`);

export const scryptParametersSchema = z
  .strictObject({
    name: z.literal('scrypt'),
    N: powerOfTwo,
    r: z.number().int().min(1).max(scryptLimits.maxR),
    p: z.number().int().min(1).max(scryptLimits.maxP),
    salt: base64(16),
  })
  .refine(
    ({ N, r, p }) => 128 * N * r * p <= scryptLimits.maxMemoryBytes,
    'asks for more memory than Session Studio allows.',
  );

/** What the file names itself as holding, so a backup is never read as an engagement file. */
export const contentKindSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const envelopeHeaderSchema = z.strictObject({
  version: z.literal(envelopeVersion),
  contains: contentKindSchema,
  cipher: z.literal('aes-256-gcm'),
  kdf: scryptParametersSchema,
  nonce: base64(12),
  tag: base64(16),
  /** Proves the passphrase before decrypting, so a wrong one is told apart from a damaged file. */
  check: base64(32),
});
export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;

/**
 * The header fields the cipher authenticates (everything but the tag, which it produces), in a
 * fixed order, so changing any of them makes decryption fail.
 */
export function authenticatedData(header: Omit<EnvelopeHeader, 'tag'>): Buffer {
  const { version, contains, cipher, kdf, nonce } = header;
  return Buffer.from(
    JSON.stringify([
      envelopeMagic,
      version,
      contains,
      cipher,
      kdf.name,
      kdf.N,
      kdf.r,
      kdf.p,
      kdf.salt,
      nonce,
    ]),
    'utf8',
  );
}
