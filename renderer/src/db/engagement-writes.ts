import Dexie, { type ObservabilitySet } from 'dexie';
import { databaseName } from './database-name';

// Dexie names each part of the database a write touched `idb://<database>/<table>/<index>`.
const engagementsPart = `idb://${databaseName}/engagements/`;

let writes = 0;
const listeners = new Set<() => void>();

// From the moment the app's modules load, before Dexie opens the database: every write of
// engagements Dexie commits, in this window or another, is heard here.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!Object.keys(parts).some((part) => part.startsWith(engagementsPart))) return;
  writes += 1;
  for (const listener of [...listeners]) listener();
});

/** How many writes of engagements have committed since the app's modules loaded. */
export function engagementWritesSoFar(): number {
  return writes;
}

/** Calls `listener` after each write of engagements commits; returns the unsubscribe. */
export function onEngagementsWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
