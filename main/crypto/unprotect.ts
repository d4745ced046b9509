import { contentName, type ContentKind } from './content-kinds';
import { describeEnvelopeFailure } from './envelope-messages';
import { isSealed, openWithPassphrase, readEnvelope } from './passphrase-envelope';

export type UnprotectOutcome =
  /** The content: the file as it was, or decrypted. `protectedFile` says which. */
  | { ok: true; bytes: Buffer; protectedFile: boolean }
  /** `passphrase` is set when the consultant can do something about it: give one, or another. */
  | { ok: false; problem: string; passphrase?: 'needed' | 'wrong' };

/**
 * The content of a file that may be protected with a passphrase. A plain file passes as it is; a
 * protected one must hold `expected` and open with the passphrase (asked for when none is given).
 */
export async function unprotect(
  bytes: Buffer,
  fileName: string,
  expected: ContentKind,
  passphrase: string | null,
): Promise<UnprotectOutcome> {
  if (!isSealed(bytes)) return { ok: true, bytes, protectedFile: false };
  const reading = readEnvelope(bytes);
  if (!reading.ok)
    return {
      ok: false,
      problem: describeEnvelopeFailure(reading.failure === 'newer' ? 'newer' : 'damaged', fileName),
    };
  const { contains } = reading.header;
  if (contains !== expected)
    return {
      ok: false,
      problem: `“${fileName}” is ${contentName(contains)}, not ${contentName(expected)}.`,
    };
  if (passphrase === null)
    return {
      ok: false,
      problem: `“${fileName}” is protected with a passphrase.`,
      passphrase: 'needed',
    };
  const opened = await openWithPassphrase(bytes, passphrase);
  if (opened.ok) return { ok: true, bytes: opened.plaintext, protectedFile: true };
  if (opened.failure === 'not-sealed') return { ok: true, bytes, protectedFile: false };
  return {
    ok: false,
    problem: describeEnvelopeFailure(opened.failure, fileName),
    ...(opened.failure === 'wrong-passphrase' && { passphrase: 'wrong' as const }),
  };
}
