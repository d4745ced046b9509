import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atRestPrefix } from '../../../main/crypto/at-rest-cipher';
import { atRestProtection } from '../../../main/crypto/at-rest-protection';
import { protectedSafetyStore } from '../../../main/crypto/at-rest-store';
import { safeStorageAvailability, type Keystore } from '../../../main/crypto/keystore';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { tempFolder } from '../files/temp-folder';
import { batch, engagementRow, put, sessionRow } from '../data/safety-fixtures';
import { keystoreStandIn } from './keystore-stand-in';

const at = Date.UTC(2026, 11, 6, 9);

/** One launch of the app: protection settled with this keystore, the copy written through it. */
function launch(userDataPath: string, keystore: Keystore) {
  const atRest = atRestProtection({ userDataPath, keystore, now: () => at });
  const copy = createSafetyCopy({
    userDataPath,
    store: protectedSafetyStore(atRest),
    backupAtLaunch: false,
  });
  return { atRest, copy };
}

async function writePurpose(userDataPath: string, keystore: Keystore, purpose: string) {
  const { atRest, copy } = launch(userDataPath, keystore);
  await copy.append(batch([put('engagements', engagementRow('e1', 'Fjordline Ferries'))]));
  await copy.append(batch([put('sessions', sessionRow('s1', 'e1', purpose))]));
  await copy.close();
  return atRest;
}

async function readPurpose(userDataPath: string, keystore: Keystore) {
  const { atRest, copy } = launch(userDataPath, keystore);
  const page = await copy.page({ unit: 'e1', offset: 0, limit: 50 });
  await copy.close();
  const session = page.entries.find((entry) => entry.table === 'sessions');
  return { purpose: session?.row?.purpose ?? null, atRest };
}

function safetyFiles(userDataPath: string): Map<string, string> {
  const { folder } = safetyPaths(userDataPath);
  return filesIn(folder);
}

function filesIn(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(folder.length), readFileSync(path, 'utf8'));
    }
  return files;
}

const keyFile = (userDataPath: string) =>
  JSON.parse(readFileSync(join(userDataPath, 'at-rest-key.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('encryption at rest with a key the keystore holds', () => {
  it('makes a key at the first launch, keeps it only sealed, and opens the copy with it at the next', async () => {
    const folder = tempFolder();
    const keystore = keystoreStandIn('this-laptop');
    const first = await writePurpose(folder, keystore, 'Agree the launch budget');
    expect(await first.state()).toEqual({ encrypted: true, keystore: 'the test keystore' });
    expect(await first.takeNotice()).toBeNull();

    const stored = keyFile(folder);
    expect(stored).toMatchObject({ keystore: 'the test keystore', allSealed: true });
    // What the keystore sealed is not the key: the file alone opens nothing.
    expect(keystore.uses.seal).toBe(1);
    for (const text of safetyFiles(folder).values())
      expect(text.startsWith(atRestPrefix) || text === '').toBe(true);

    const again = await readPurpose(folder, keystoreStandIn('this-laptop'));
    expect(again.purpose).toBe('Agree the launch budget');
    expect(await again.atRest.takeNotice()).toBeNull();
  });

  it('says plainly, once, what is not encrypted where there is no keystore, and writes the copy as it is', async () => {
    const folder = tempFolder();
    const first = await writePurpose(folder, keystoreStandIn('none'), 'Agree the launch budget');
    expect(await first.state()).toEqual({
      encrypted: false,
      reason: 'no keyring (such as GNOME Keyring or KWallet) is running for this account',
    });
    const notice = await first.takeNotice();
    expect(notice).toContain(
      `Session Studio’s safety copy and automatic backups in ${safetyPaths(folder).folder} are not encrypted on this laptop: no keyring (such as GNOME Keyring or KWallet) is running for this account.`,
    );
    expect(notice).toContain('Protect the laptop with disk encryption');
    expect(await first.takeNotice()).toBeNull();
    expect([...safetyFiles(folder).values()].join('')).toContain('Agree the launch budget');

    // Told once: the next launch, in the same situation, keeps the copy working and says nothing.
    const again = await readPurpose(folder, keystoreStandIn('none'));
    expect(again.purpose).toBe('Agree the launch budget');
    expect(await again.atRest.takeNotice()).toBeNull();
  });

  it('seals the files written without a keystore once one is there, and reads them all back', async () => {
    const folder = tempFolder();
    await writePurpose(folder, keystoreStandIn('none'), 'Written in the clear');
    const protectedNow = await readPurpose(folder, keystoreStandIn('this-laptop'));
    expect(protectedNow.purpose).toBe('Written in the clear');
    expect(await protectedNow.atRest.state()).toMatchObject({ encrypted: true });
    for (const text of safetyFiles(folder).values()) {
      expect(text).not.toContain('Written in the clear');
      expect(text).not.toContain('Fjordline');
    }
    expect(keyFile(folder)).toMatchObject({ allSealed: true });
  });

  it('sets a copy it cannot open aside untouched, starts a new one, and says where the old one is', async () => {
    const folder = tempFolder();
    await writePurpose(folder, keystoreStandIn('this-laptop'), 'Sealed on this laptop');
    const before = safetyFiles(folder);
    const keyBefore = readFileSync(join(folder, 'at-rest-key.json'), 'utf8');

    // The keystore was reset (or the folder came from another account): the key does not open.
    const { atRest, copy } = launch(folder, keystoreStandIn('another-keystore'));
    const status = await copy.status();
    expect(status.units).toEqual({});
    await copy.append(batch([put('engagements', engagementRow('e1', 'Fjordline Ferries'))]));
    await copy.close();

    const [setAside] = readdirSync(folder).filter((name) => name.startsWith('safety-locked-'));
    expect(setAside).toBe('safety-locked-2026-12-06T09-00-00-000Z');
    const lockedFolder = join(folder, setAside!);
    const notice = await atRest.takeNotice();
    expect(notice).toContain(
      'Session Studio could not open the key of its encrypted safety copy: the test keystore no longer opens it.',
    );
    expect(notice).toContain(`It moved that copy, untouched, to ${lockedFolder}`);
    // Nothing of the old copy was changed or lost: every file, and the key sealed as it was.
    const kept = filesIn(lockedFolder);
    expect(kept.get('/at-rest-key.json')).toBe(keyBefore);
    kept.delete('/at-rest-key.json');
    expect(kept).toEqual(before);
    // The new copy has a new key, and opens at the next launch.
    expect(readFileSync(join(folder, 'at-rest-key.json'), 'utf8')).not.toBe(keyBefore);
    const next = launch(folder, keystoreStandIn('another-keystore'));
    expect(Object.keys((await next.copy.status()).units)).toEqual(['e1']);
    expect(await next.atRest.takeNotice()).toBeNull();
    await next.copy.close();
  });

  it('sets the copy aside when its key file is gone or damaged, never reading sealed files as empty', async () => {
    for (const damage of ['gone', 'damaged'] as const) {
      const folder = tempFolder();
      await writePurpose(folder, keystoreStandIn('this-laptop'), 'Sealed on this laptop');
      const keyPath = join(folder, 'at-rest-key.json');
      if (damage === 'gone') rmSync(keyPath);
      else writeFileSync(keyPath, '{"format":"session-studio-at-rest-key"');
      const { atRest, copy } = launch(folder, keystoreStandIn('this-laptop'));
      await copy.status();
      await copy.close();
      expect(await atRest.takeNotice()).toContain(
        damage === 'gone'
          ? 'could not open the key of its encrypted safety copy: the file that holds it is missing.'
          : 'could not open the key of its encrypted safety copy: the file that holds it is damaged.',
      );
      expect(readdirSync(folder).some((name) => name.startsWith('safety-locked-'))).toBe(true);
    }
  });

  it('with no keystore left, sets the sealed copy aside and says both what happened and what is not protected', async () => {
    const folder = tempFolder();
    await writePurpose(folder, keystoreStandIn('this-laptop'), 'Sealed on this laptop');
    const { atRest, copy } = launch(folder, keystoreStandIn('none'));
    await copy.status();
    await copy.close();
    const notice = await atRest.takeNotice();
    expect(notice).toContain(
      'could not open the key of its encrypted safety copy: the test keystore is not available',
    );
    expect(notice).toContain('are not encrypted on this laptop');
    expect(
      existsSync(join(folder, 'safety-locked-2026-12-06T09-00-00-000Z', 'at-rest-key.json')),
    ).toBe(true);
  });

  it('seals the key again when the keystore asks, and keeps opening the same copy', async () => {
    const folder = tempFolder();
    await writePurpose(folder, keystoreStandIn('this-laptop'), 'Kept through a key rotation');
    const rotating = keystoreStandIn('this-laptop');
    const asking: Keystore = {
      ...rotating,
      open: async (sealed) => ({ ...(await rotating.open(sealed)), reseal: true }),
    };
    const before = keyFile(folder).sealedKey;
    expect((await readPurpose(folder, asking)).purpose).toBe('Kept through a key rotation');
    expect(keyFile(folder).sealedKey).not.toBe(before);
    expect((await readPurpose(folder, keystoreStandIn('this-laptop'))).purpose).toBe(
      'Kept through a key rotation',
    );
  });
});

describe('what Electron’s safeStorage protects, in words', () => {
  it('counts Linux’s built-in password as no keystore, and names the real ones', () => {
    expect(safeStorageAvailability('linux', true, 'basic_text')).toMatchObject({
      available: false,
    });
    expect(safeStorageAvailability('linux', true, 'gnome_libsecret')).toEqual({
      available: true,
      name: 'the keyring of this account',
    });
    expect(safeStorageAvailability('darwin', true, null)).toEqual({
      available: true,
      name: 'the macOS Keychain',
    });
    expect(safeStorageAvailability('win32', false, null)).toEqual({
      available: false,
      reason: 'the operating system offers it no keystore',
    });
  });
});
