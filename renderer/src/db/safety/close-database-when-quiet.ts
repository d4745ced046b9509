import { db } from '../database';
import { saveStatusStore } from '../save-status';
import { platformApi } from '../../platform/session-studio-api';
import { idlePeriod } from './check-in-background';
import {
  closableDexie,
  closeDatabaseOnce,
  needsClosingOnce,
  type CloseOnceOutcome,
} from './close-database-once';
import { readInstalledDatabase } from './installed-database';
import { quietMoments } from './quiet-moment';
import { upgradePending } from './upgrade-backup';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Nothing typed is outside either copy, and no write is on its way to one. */
export function nothingPending(): boolean {
  const status = saveStatusStore.get();
  return status.editing === 0 && status.pending === 0;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Once the home's background check is done: closes the database once, at a quiet moment, when
 * this laptop needs it (close-database-once.ts). Resolves with what happened, or null when
 * nothing was needed; never rejects.
 */
export async function closeDatabaseWhenQuiet(): Promise<CloseOnceOutcome | null> {
  const marker = storage();
  // Outside the desktop app (component tests) the database is left as it is.
  if (!marker || typeof platformApi().getSafetyCopyStatus !== 'function') return null;
  try {
    const installed = await readInstalledDatabase();
    const upgraded = await upgradePending();
    const found = installed === null ? null : { version: installed.version, upgraded };
    if (!needsClosingOnce(found, marker)) return null;
    return await closeDatabaseOnce({
      database: closableDexie(db),
      marker,
      quietMoment: quietMoments({
        target: window,
        now: () => performance.now(),
        sleep,
        idle: idlePeriod,
      }),
      nothingPending,
      sleep,
    });
  } catch (error) {
    console.error('[safety] the database could not be closed once', error);
    return null;
  }
}
