import { databaseName } from './database-name';

/**
 * Chromium opens a profile's IndexedDB store the first time a page asks for it, and with a large
 * library that takes hundreds of milliseconds (LevelDB replays its log and skips the deleted
 * entries of earlier large transactions). The small entry asks at once, so that runs while the
 * app's modules load and evaluate, rather than after them.
 *
 * The database is opened at whatever version it has, and never created: on a laptop without one
 * the opening is cancelled before it writes anything, and Dexie creates it as always. The
 * connection is held until the app's own is open, so Chromium keeps the store open in between,
 * and it closes as soon as an upgrade or a deletion asks.
 */
interface EarlyOpening {
  /** The version the database has on disk (Dexie's times ten); null when there is none. */
  installedVersion: Promise<number | null>;
  release(): void;
}

let opening: EarlyOpening | null = null;

function openAtInstalledVersion(factory: IDBFactory): EarlyOpening {
  let connection: IDBDatabase | null = null;
  let released = false;
  const installedVersion = new Promise<number | null>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(databaseName);
    } catch {
      resolve(null); // Storage refused: the app's own opening says what went wrong.
      return;
    }
    request.onupgradeneeded = () => {
      // Only a database that does not exist yet needs an upgrade to open at its own version.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const opened = request.result;
      opened.onversionchange = () => opened.close();
      if (released) opened.close();
      else connection = opened;
      resolve(opened.version);
    };
  });
  return {
    installedVersion,
    release() {
      released = true;
      connection?.close();
      connection = null;
    },
  };
}

/** Starts opening the database now; called once by the small entry, before the app loads. */
export function openDatabaseEarly(factory: IDBFactory | undefined = globalThis.indexedDB): void {
  if (opening || !factory) return;
  opening = openAtInstalledVersion(factory);
}

/** The installed version found by the early opening, or null when none was started. */
export function installedVersionOpenedEarly(): Promise<number | null> | null {
  return opening?.installedVersion ?? null;
}

/** Closes the early connection once the app's own is open (or when it is not needed). */
export function releaseEarlyConnection(): void {
  opening?.release();
}

/** For tests: forgets the early opening, closing its connection. */
export function resetEarlyOpening(): void {
  opening?.release();
  opening = null;
}
