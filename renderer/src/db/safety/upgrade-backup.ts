import { databaseName, db } from '../database';
import { installedVersionOpenedEarly } from '../open-database-early';

/** The version of the database on disk, Dexie's times ten; undefined when there is none. */
async function installedVersion(): Promise<number | undefined> {
  // Found by the entry's early opening when there was one, without asking IndexedDB again.
  const openedEarly = installedVersionOpenedEarly();
  if (openedEarly) return (await openedEarly) ?? undefined;
  if (typeof indexedDB.databases !== 'function') return undefined;
  return (await indexedDB.databases()).find((found) => found.name === databaseName)?.version;
}

/**
 * True when the database on disk was written by an older version of the app, so opening it will
 * run a schema upgrade. Dexie keeps its version times ten in IndexedDB's own version number.
 */
export async function upgradePending(): Promise<boolean> {
  const installed = await installedVersion();
  return installed !== undefined && installed < db.verno * 10;
}
