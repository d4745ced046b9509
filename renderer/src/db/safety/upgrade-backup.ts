import { db } from '../database';
import { readInstalledDatabase } from './installed-database';

/**
 * True when the database on disk was written by an older version of the app, so opening it will
 * run a schema upgrade. Dexie keeps its version times ten in IndexedDB's own version number.
 */
export async function upgradePending(): Promise<boolean> {
  const installed = await readInstalledDatabase();
  return installed !== null && installed.version > 0 && installed.version < db.verno * 10;
}
