/** The app's IndexedDB database, by name: apart, so the entry can read it without loading Dexie. */
export const databaseName = 'session-studio';
