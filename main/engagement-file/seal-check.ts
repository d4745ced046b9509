import { sealAndOpenAgain, type PendingKeys } from '../crypto/passphrase-envelope';
import type { ScryptCost } from '../crypto/envelope-format';
import { UserFacingError } from '../ipc/dispatch';

/**
 * A protected file is sealed, then opened again with its passphrase before it is written, and must
 * give back exactly what was sealed: a file the consultant sends a client must never be one
 * nobody can open. The passphrase may come as its keys already being derived.
 */
export async function sealCheckedWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string | PendingKeys,
  options: { contains: string; cost?: ScryptCost },
): Promise<Buffer> {
  const sealed = await sealAndOpenAgain(plaintext, passphrase, options);
  if (sealed === null)
    throw new UserFacingError(
      'Session Studio could not check the protected file it made, so it wrote nothing. Try again.',
    );
  return sealed;
}
