import { databaseName, db } from '../database';

/**
 * True when the database on disk was written by an older version of the app, so opening it will
 * run a schema upgrade. Dexie keeps its version times ten in IndexedDB's own version number.
 */
export async function upgradePending(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return false;
  const installed = (await indexedDB.databases()).find((found) => found.name === databaseName);
  return installed?.version !== undefined && installed.version < db.verno * 10;
}
