import type { Engagement } from '../../../../shared/domain/engagement';
import { databaseName, unitDigestsTable } from '../database-name';

/** The database as this launch found it, before Dexie (or anything else) opened it. */
export interface InstalledDatabase {
  /** IndexedDB's version number as stored (Dexie's version times ten); 0 when there is none. */
  version: number;
  /** Every engagement not deleted, as stored; null when there was no such table to read. */
  presentEngagements: Engagement[] | null;
  /** Each engagement's digest (safety/unit-digests.ts) by unit; null when there was no table. */
  unitDigests: Map<string, string> | null;
}

const nothingInstalled: InstalledDatabase = {
  version: 0,
  presentEngagements: null,
  unitDigests: null,
};

function readInstalled(): Promise<InstalledDatabase | null> {
  return new Promise((resolve) => {
    // Without a version, IndexedDB opens the database as it is, upgrading nothing.
    const request = indexedDB.open(databaseName);
    // None yet: opening would create it empty. Aborting leaves no database behind, for Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(request.error?.name === 'AbortError' ? nothingInstalled : null);
    request.onsuccess = () => {
      const database = request.result;
      // Never in the way of Dexie's own opening, even one that upgrades the schema.
      database.onversionchange = () => database.close();
      const found: Omit<InstalledDatabase, 'version'> = {
        presentEngagements: null,
        unitDigests: null,
      };
      const done = () => {
        database.close();
        resolve({ version: database.version, ...found });
      };
      const stores = ['engagements', unitDigestsTable].filter((store) =>
        database.objectStoreNames.contains(store),
      );
      if (stores.length === 0) return done();
      try {
        // One transaction: the list and the digests as they were at one moment.
        const transaction = database.transaction(stores, 'readonly');
        if (stores.includes('engagements')) {
          const read = transaction.objectStore('engagements').index('deletedAt').getAll(0);
          read.onsuccess = () => (found.presentEngagements = read.result as Engagement[]);
        }
        if (stores.includes(unitDigestsTable)) {
          const read = transaction.objectStore(unitDigestsTable).getAll();
          read.onsuccess = () =>
            (found.unitDigests = new Map(
              (read.result as { unit: string; digest: string }[]).map((row) => [
                row.unit,
                row.digest,
              ]),
            ));
        }
        transaction.oncomplete = done;
        transaction.onabort = () => {
          found.presentEngagements = null;
          found.unitDigests = null;
          done();
        };
      } catch {
        done();
      }
    };
  });
}

let installed: Promise<InstalledDatabase | null> | null = null;

/**
 * The database's version on disk (does opening it upgrade the schema?), the engagements the home
 * lists and the digests the startup check sends main, read with IndexedDB itself: one small open and one read of an index, where
 * indexedDB.databases() lists every database of the profile. The entry (main.tsx) starts it while
 * the app's modules load; the startup check (start-safety-copy.ts) uses the answer. Once per
 * launch; never creates the database; null when it could not be read.
 */
export function readInstalledDatabase(): Promise<InstalledDatabase | null> {
  return (installed ??= typeof indexedDB === 'undefined' ? Promise.resolve(null) : readInstalled());
}
