import type Dexie from 'dexie';

/**
 * Chromium keeps a database's on-disk log of a large transaction (a restore or a schema upgrade
 * written in one go) until every connection to it has been closed for about two seconds; until
 * then each start walks past it, and opening the database takes hundreds of milliseconds more.
 * The app holds its connection open all day, so once, at a quiet moment, it closes it for long
 * enough and opens it again. This says whether a start still needs that close, and does it.
 */

/** Set once this laptop's database has been closed long enough (or never needed it). */
export const databaseClosedOnceKey = 'session-studio.database-closed-once';

/** How long the database stays closed: Chromium's two seconds, with a margin. */
export const closedForMs = 3_000;

/** Quiet moments tried before this launch gives up (the next launch tries again). */
export const closeAttempts = 5;

export interface InstalledAtStart {
  /** IndexedDB's version on disk when the app started; 0 when there was no database. */
  version: number;
  /** The start upgraded the schema (an upgrade rewrites rows in one transaction). */
  upgraded: boolean;
}

/**
 * Whether this launch should close the database once: after a schema upgrade, and on a laptop
 * whose database is older than this marker (it may have been restored in one transaction). A new
 * database is only ever written in small transactions, so it is marked at once.
 */
export function needsClosingOnce(
  installed: InstalledAtStart | null,
  marker: Pick<Storage, 'getItem' | 'setItem'>,
): boolean {
  if (installed?.upgraded) return true;
  if (marker.getItem(databaseClosedOnceKey) !== null) return false;
  if (installed?.version === 0) {
    marker.setItem(databaseClosedOnceKey, 'new database');
    return false;
  }
  return installed !== null;
}

export interface ClosableDatabase {
  isOpen(): boolean;
  /**
   * Closes the database, free to open again at the next read or write; `openedSince` then says
   * whether anything opened it after this close.
   */
  closeForNow(): { openedSince(): boolean };
  open(): Promise<unknown>;
}

/** The app's Dexie database as closeDatabaseOnce uses it. */
export function closableDexie(database: Dexie): ClosableDatabase {
  return {
    isOpen: () => database.isOpen(),
    closeForNow: () => {
      database.close({ disableAutoOpen: false });
      let opened = false;
      // Added while closed, Dexie calls a ready listener at the next open only.
      database.on('ready', () => {
        opened = true;
      });
      return { openedSince: () => opened };
    },
    open: () => database.open(),
  };
}

export interface CloseOnceOptions {
  database: ClosableDatabase;
  marker: Pick<Storage, 'setItem'>;
  /** Resolves at a quiet moment: no key or click for a while, and the page idle. */
  quietMoment: () => Promise<void>;
  /** True while nothing typed or written is on its way to either copy. */
  nothingPending: () => boolean;
  sleep: (ms: number) => Promise<void>;
}

export type CloseOnceOutcome = 'closed' | 'interrupted';

/**
 * At a quiet moment with nothing pending, closes the database for `closedForMs`, then opens it
 * again and marks the laptop done. A read or write in that time simply opens it again (Dexie
 * opens on use, so no edit waits or is lost); the close then did not last, and a later quiet
 * moment tries again, `closeAttempts` times in a launch. Never rejects.
 */
export async function closeDatabaseOnce({
  database,
  marker,
  quietMoment,
  nothingPending,
  sleep,
}: CloseOnceOptions): Promise<CloseOnceOutcome> {
  for (let attempt = 0; attempt < closeAttempts; attempt += 1) {
    await quietMoment();
    if (!nothingPending() || !database.isOpen()) continue;
    const closed = database.closeForNow();
    await sleep(closedForMs);
    const lasted = !closed.openedSince() && !database.isOpen();
    try {
      await database.open();
    } catch (error) {
      console.error('[safety] the database did not open again after its close', error);
      return 'interrupted';
    }
    if (lasted) {
      marker.setItem(databaseClosedOnceKey, new Date().toISOString());
      return 'closed';
    }
  }
  return 'interrupted';
}
