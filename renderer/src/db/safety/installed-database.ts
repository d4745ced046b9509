import type { Engagement } from '../../../../shared/domain/engagement';
import { databaseName } from '../database-name';

/** The database as this launch found it, before Dexie (or anything else) opened it. */
export interface InstalledDatabase {
  /** IndexedDB's version number as stored (Dexie's version times ten); 0 when there is none. */
  version: number;
  /** Every engagement not deleted, as stored; null when there was no such table to read. */
  presentEngagements: Engagement[] | null;
}

const nothingInstalled: InstalledDatabase = { version: 0, presentEngagements: null };

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
      const done = (presentEngagements: Engagement[] | null) => {
        database.close();
        resolve({ version: database.version, presentEngagements });
      };
      if (!database.objectStoreNames.contains('engagements')) return done(null);
      try {
        const read = database
          .transaction('engagements', 'readonly')
          .objectStore('engagements')
          .index('deletedAt')
          .getAll(0);
        read.onsuccess = () => done(read.result as Engagement[]);
        read.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

let installed: Promise<InstalledDatabase | null> | null = null;

/**
 * The database's version on disk (does opening it upgrade the schema?) and the engagements the
 * home lists, read with IndexedDB itself: one small open and one read of an index, where
 * indexedDB.databases() lists every database of the profile. The entry (main.tsx) starts it while
 * the app's modules load; the startup check (start-safety-copy.ts) uses the answer. Once per
 * launch; never creates the database; null when it could not be read.
 */
export function readInstalledDatabase(): Promise<InstalledDatabase | null> {
  return (installed ??= typeof indexedDB === 'undefined' ? Promise.resolve(null) : readInstalled());
}
