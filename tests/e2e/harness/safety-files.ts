import { atRestProtection } from '../../../main/crypto/at-rest-protection';
import { protectedSafetyStore } from '../../../main/crypto/at-rest-store';
import { keystoreStandIn } from '../../main/crypto/keystore-stand-in';

/**
 * A file of main's safety folder as the app reads it: opened with the key the harness's keystore
 * keeps (the folder is encrypted at rest), or as it is where it was never sealed.
 */
export async function readSafetyFile(profile: string, path: string): Promise<string | null> {
  const store = protectedSafetyStore(
    atRestProtection({ userDataPath: profile, keystore: keystoreStandIn() }),
  );
  return store.readText(path);
}
