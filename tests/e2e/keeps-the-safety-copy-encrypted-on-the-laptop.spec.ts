import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBackups } from './harness/backup-actions';
import { loseLocalDatabase } from './harness/browser-crash';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const client = 'Fjordline Ferries';
const title = 'Winter routes';
const purpose = 'Agree which winter routes get the launch budget.';

async function prepareTheSession(page: Page) {
  await createEngagement(page, { clientName: client, title });
  await page.getByLabel('Purpose of this session').fill(purpose);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(page);
}

/** The text of every file under the profile's safety folder (backups and engagement files too). */
function safetyFolderText(profile: string): string {
  const folder = join(profile, 'safety');
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

const setAsideFolders = (profile: string) =>
  readdirSync(profile).filter((name) => name.startsWith('safety-locked-'));

test('keeps the safety copy and its backups encrypted, and gets everything back from them after the database is lost', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await prepareTheSession(app.page);
  await app.close();
  // The next launch takes an automatic backup of what is there; the Backups screen says how they
  // are kept.
  app = await launchApp(profile);
  await expect(app.page.getByRole('listitem', { name: `${client} — ${title}` })).toBeVisible();
  await openBackups(app.page);
  await expect(
    app.page.getByText('Encrypted on this laptop, with a key kept by the test keystore.'),
  ).toBeVisible();
  await app.close();

  // A stolen laptop's disk, or the folder copied: no client word in the clear anywhere in it.
  const onDisk = safetyFolderText(profile);
  expect(readdirSync(join(profile, 'safety', 'backups')).length).toBeGreaterThan(0);
  expect(onDisk).not.toContain('Fjordline');
  expect(onDisk).not.toContain('winter routes');
  expect(onDisk).toMatch(/^ssrest1:/);
  expect(readFileSync(join(profile, 'at-rest-key.json'), 'utf8')).toContain('"allSealed": true');

  loseLocalDatabase(profile);
  app = await launchApp(profile);
  await expect(
    app.page.getByRole('alert').filter({
      hasText:
        'Session Studio restored 1 engagement from its safety copy after the local database was lost.',
    }),
  ).toBeVisible();
  await reopenEngagement(app.page, client, title);
  await expect(app.page.getByLabel('Purpose of this session')).toHaveValue(purpose);
});

test('is told plainly, once, that the safety copy is not encrypted on a laptop without a keystore', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile, { keystore: 'none' });
  const notice = app.page.getByRole('alert').filter({ hasText: 'not encrypted' });
  await expect(notice).toContainText(
    `Session Studio’s safety copy and automatic backups in ${join(profile, 'safety')} are not encrypted on this laptop: no keyring (such as GNOME Keyring or KWallet) is running for this account. They still keep every change safe from loss, but anyone who can read that folder can read the client data in it. Protect the laptop with disk encryption (FileVault, BitLocker or LUKS).`,
  );
  await app.page.screenshot({ path: test.info().outputPath('no-keystore-notice.png') });
  await notice.getByRole('button', { name: /dismiss/i }).click();
  await prepareTheSession(app.page);
  await app.close();
  // What the notice said is true: the copy is there, in the clear.
  expect(safetyFolderText(profile)).toContain(purpose);

  app = await launchApp(profile, { keystore: 'none' });
  await expect(app.page.getByRole('listitem', { name: `${client} — ${title}` })).toBeVisible();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  await openBackups(app.page);
  await expect(
    app.page.getByText(
      'Not encrypted on this laptop: no keyring (such as GNOME Keyring or KWallet) is running for this account. Protect the laptop with disk encryption.',
    ),
  ).toBeVisible();
  await app.page.screenshot({ path: test.info().outputPath('backups-not-encrypted.png') });
});

test('keeps working when the keystore no longer opens the key, and is told where the locked copy was put', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  await prepareTheSession(app.page);
  await app.close();

  // The account's keystore was reset: the key sealed in it no longer opens.
  app = await launchApp(profile, { keystore: 'another-keystore' });
  const lockedNotice = app.page.getByRole('alert').filter({ hasText: 'could not open the key' });
  await expect(lockedNotice).toBeVisible();
  const [lockedFolder] = setAsideFolders(profile);
  expect(lockedFolder).toBeDefined();
  await expect(lockedNotice).toContainText(
    `Session Studio could not open the key of its encrypted safety copy: the test keystore no longer opens it. It moved that copy, untouched, to ${join(profile, lockedFolder!)}, and started a new one from the engagements on this laptop`,
  );
  await app.page.screenshot({ path: test.info().outputPath('locked-copy-notice.png') });
  // Nothing typed is lost: the engagement is here, and a new edit is kept.
  await reopenEngagement(app.page, client, title);
  await expect(app.page.getByLabel('Purpose of this session')).toHaveValue(purpose);
  await app.page.getByLabel('Purpose of this session').fill(`${purpose} Then the spring ones.`);
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expectAllSaved(app.page);
  await app.close();
  expect(existsSync(join(profile, lockedFolder!, 'at-rest-key.json'))).toBe(true);

  // The new copy holds everything: after losing the database, it all comes back from it.
  loseLocalDatabase(profile);
  app = await launchApp(profile, { keystore: 'another-keystore' });
  await expect(
    app.page.getByRole('alert').filter({ hasText: 'restored 1 engagement from its safety copy' }),
  ).toBeVisible();
  await reopenEngagement(app.page, client, title);
  await expect(app.page.getByLabel('Purpose of this session')).toHaveValue(
    `${purpose} Then the spring ones.`,
  );
  expect(setAsideFolders(profile)).toEqual([lockedFolder]);
});
