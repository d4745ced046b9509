/**
 * The operating system's keystore, as the at-rest key needs it: Electron's safeStorage in the app
 * (main/shell/electron-keystore.ts), a stand-in in tests. It protects one small secret: the key
 * that encrypts the safety copy.
 */
export interface Keystore {
  /** Whether a keystore protects secrets here, with its name, or why not, in words. */
  availability(): Promise<KeystoreAvailability>;
  seal(secret: string): Promise<Buffer>;
  /** The secret; throws when this keystore cannot open it. `reseal` asks for it to be sealed again. */
  open(sealed: Buffer): Promise<{ secret: string; reseal: boolean }>;
}

export type KeystoreAvailability =
  { available: true; name: string } | { available: false; reason: string };

/**
 * What Electron's safeStorage offers on a platform, in words. On Linux without a keyring it falls
 * back to a fixed password built into Chromium ("basic_text"), which protects nothing: that counts
 * as no keystore.
 */
export function safeStorageAvailability(
  platform: NodeJS.Platform,
  encryptionAvailable: boolean,
  linuxBackend: string | null,
): KeystoreAvailability {
  if (platform === 'linux' && (linuxBackend === 'basic_text' || linuxBackend === 'unknown'))
    return {
      available: false,
      reason: 'no keyring (such as GNOME Keyring or KWallet) is running for this account',
    };
  if (!encryptionAvailable)
    return { available: false, reason: 'the operating system offers it no keystore' };
  switch (platform) {
    case 'darwin':
      return { available: true, name: 'the macOS Keychain' };
    case 'win32':
      return { available: true, name: 'Windows’ data protection for this account' };
    default:
      return {
        available: true,
        name: linuxBackend?.startsWith('kwallet') ? 'KWallet' : 'the keyring of this account',
      };
  }
}
