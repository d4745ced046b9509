import { app, safeStorage } from 'electron';
import { safeStorageAvailability, type Keystore } from '../crypto/keystore';

/**
 * The operating system's keystore through Electron's safeStorage (its asynchronous API): the
 * macOS Keychain, Windows' DPAPI, a Linux keyring. Usable once the app is ready, so every call
 * waits for that.
 */
export function electronKeystore(): Keystore {
  return {
    async availability() {
      await app.whenReady();
      const available = await safeStorage.isAsyncEncryptionAvailable();
      const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
      return safeStorageAvailability(process.platform, available, backend);
    },
    async seal(secret) {
      await app.whenReady();
      return safeStorage.encryptStringAsync(secret);
    },
    async open(sealed) {
      await app.whenReady();
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
      return { secret: result, reseal: shouldReEncrypt };
    },
  };
}
