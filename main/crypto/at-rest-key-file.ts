import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * at-rest-key.json in the user-data folder: the safety copy's key, sealed by the operating
 * system's keystore (never in the clear), or, where there is no keystore, the record that the copy
 * is not encrypted and why, so the consultant is told once, and again when that changes.
 */
export const atRestKeyFileName = 'at-rest-key.json';
const format = 'session-studio-at-rest-key';

const keyFileSchema = z.union([
  z.strictObject({
    format: z.literal(format),
    version: z.literal(1),
    keystore: z.string(),
    sealedKey: z.base64().min(1),
    /** Every file of the safety folder is sealed: set once the files of an earlier time are. */
    allSealed: z.boolean(),
  }),
  z.strictObject({
    format: z.literal(format),
    version: z.literal(1),
    unprotected: z.strictObject({ since: z.number(), reason: z.string() }),
  }),
]);

export type KeyFile =
  | { kind: 'absent' }
  | { kind: 'damaged' }
  | { kind: 'sealed'; keystore: string; sealedKey: Buffer; allSealed: boolean }
  | { kind: 'unprotected'; since: number; reason: string };

export async function readKeyFile(path: string): Promise<KeyFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { kind: 'damaged' };
    return 'sealedKey' in parsed.data
      ? {
          kind: 'sealed',
          keystore: parsed.data.keystore,
          sealedKey: Buffer.from(parsed.data.sealedKey, 'base64'),
          allSealed: parsed.data.allSealed,
        }
      : { kind: 'unprotected', ...parsed.data.unprotected };
  } catch {
    return { kind: 'damaged' };
  }
}

export async function writeKeyFile(
  path: string,
  file: Exclude<KeyFile, { kind: 'absent' } | { kind: 'damaged' }>,
): Promise<void> {
  const content =
    file.kind === 'sealed'
      ? {
          format,
          version: 1,
          keystore: file.keystore,
          sealedKey: file.sealedKey.toString('base64'),
          allSealed: file.allSealed,
        }
      : { format, version: 1, unprotected: { since: file.since, reason: file.reason } };
  await writeFileAtomic(path, Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8'));
}
