import { openWithPassphrase } from '../crypto/passphrase-envelope';
import { UserFacingError } from '../ipc/dispatch';

/**
 * A protected file is opened again with its passphrase before it is written, and must give back
 * exactly what was sealed: a file the consultant sends a client must never be one nobody can open.
 */
export async function mustOpenAgain(
  sealed: Buffer,
  plaintext: Uint8Array,
  passphrase: string,
): Promise<Buffer> {
  const opened = await openWithPassphrase(sealed, passphrase);
  if (!opened.ok || !opened.plaintext.equals(plaintext))
    throw new UserFacingError(
      'Session Studio could not check the protected file it made, so it wrote nothing. Try again.',
    );
  return sealed;
}
