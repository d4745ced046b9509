/** The app's IndexedDB database, by name: apart, so the entry can read it without loading Dexie. */
export const databaseName = 'session-studio';

/** The table of each engagement's digest (safety/unit-digests.ts), read by the entry too. */
export const unitDigestsTable = 'unitDigests';
