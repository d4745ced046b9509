/** The IndexedDB database holding all client data on this laptop. Free of Dexie, for the entry. */
export const databaseName = 'session-studio';
