import { describe, expect, it, vi } from 'vitest';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import {
  closeAttempts,
  closedForMs,
  databaseClosedOnceKey,
  needsClosingOnce,
} from '../../../../renderer/src/db/safety/close-database-once';
import { engagementDetails, firstSession } from './recorded-changes';
import { safetyCopyInMain } from './safety-copy-in-main';
import { launchRenderer } from './sample-library';

/** One launch of the renderer, with what closing the database once needs. */
async function launch(api: SessionStudioApi) {
  const launched = await launchRenderer(api);
  const { sessionRepository } =
    await import('../../../../renderer/src/db/repositories/session-repository');
  const { reportDraft } = await import('../../../../renderer/src/db/save-status');
  const { closableDexie, closeDatabaseOnce } =
    await import('../../../../renderer/src/db/safety/close-database-once');
  const { nothingPending } =
    await import('../../../../renderer/src/db/safety/close-database-when-quiet');
  const { db, engagementRepository, journalSender } = launched;
  return {
    db,
    engagementRepository,
    sessionRepository,
    reportDraft,
    journalSender,
    nothingPending,
    closeOnce: (options: {
      marker: Pick<Storage, 'setItem'>;
      sleep: (ms: number) => Promise<void>;
      quietMoment?: () => Promise<void>;
    }) =>
      closeDatabaseOnce({
        database: closableDexie(db),
        quietMoment: async () => undefined,
        nothingPending,
        ...options,
      }),
  };
}

function markerStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

async function libraryWithOneEngagement() {
  const main = safetyCopyInMain();
  const app = await launch(main.api);
  const created = await app.engagementRepository.create(
    engagementDetails('Borealis Foods'),
    firstSession,
  );
  await app.journalSender.settled();
  return { main, app, ...created };
}

describe('the database closed once for Chromium to clear its log', () => {
  it('is needed on a laptop whose database predates the marker, and after a schema upgrade', () => {
    expect(needsClosingOnce({ version: 90, upgraded: false }, markerStore())).toBe(true);
    const marked = markerStore({ [databaseClosedOnceKey]: '2026-12-07T03:00:00.000Z' });
    expect(needsClosingOnce({ version: 90, upgraded: false }, marked)).toBe(false);
    // An upgrade rewrites rows in one transaction, whatever the marker says.
    expect(needsClosingOnce({ version: 50, upgraded: true }, marked)).toBe(true);
    // Unknown (the database could not be read): left for a later launch.
    expect(needsClosingOnce(null, markerStore())).toBe(false);
  });

  it('is never needed for a database this version creates, which it marks at once', () => {
    const marker = markerStore();
    expect(needsClosingOnce({ version: 0, upgraded: false }, marker)).toBe(false);
    expect(marker.values.has(databaseClosedOnceKey)).toBe(true);
    expect(needsClosingOnce({ version: 90, upgraded: false }, marker)).toBe(false);
  });

  it('stays closed long enough, opens again and marks the laptop, with everything still there', async () => {
    const { app, engagementId } = await libraryWithOneEngagement();
    const marker = markerStore();
    const openWhileClosed: boolean[] = [];
    const sleep = vi.fn(async () => {
      openWhileClosed.push(app.db.isOpen());
    });
    expect(await app.closeOnce({ marker, sleep })).toBe('closed');
    expect(sleep).toHaveBeenCalledWith(closedForMs);
    expect(openWhileClosed).toEqual([false]);
    expect(marker.values.get(databaseClosedOnceKey)).toEqual(expect.any(String));
    expect(app.db.isOpen()).toBe(true);
    expect(await app.engagementRepository.get(engagementId)).toMatchObject({
      clientName: 'Borealis Foods',
    });
    app.db.close();
  });

  it('loses no edit made while closed: the write opens it, and a later quiet moment closes it', async () => {
    const { main, app, sessionId } = await libraryWithOneEngagement();
    const marker = markerStore();
    let edited = false;
    const sleep = vi.fn(async () => {
      if (edited) return;
      edited = true;
      await app.sessionRepository.update(sessionId, { purpose: 'Typed while it was closed' });
    });
    // A quiet moment comes after main has acknowledged the edit.
    const quietMoment = () => app.journalSender.settled();
    expect(await app.closeOnce({ marker, sleep, quietMoment })).toBe('closed');
    // The first close was cut short by the edit; the second lasted.
    expect(sleep).toHaveBeenCalledTimes(2);
    await app.journalSender.settled();
    expect(await app.db.sessions.get(sessionId)).toMatchObject({
      purpose: 'Typed while it was closed',
    });
    app.db.close();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('session-studio');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    // In main's safety copy too: the next launch, with the database gone, gets it back.
    const next = await launch(main.api);
    expect(await next.db.sessions.get(sessionId)).toMatchObject({
      purpose: 'Typed while it was closed',
    });
    next.db.close();
  });

  it('never closes while typed text or a write is on its way, and tries again next launch', async () => {
    const { app } = await libraryWithOneEngagement();
    const field = {};
    app.reportDraft(field, 'typing');
    const marker = markerStore();
    const quietMoment = vi.fn(async () => undefined);
    const sleep = vi.fn(async () => undefined);
    expect(await app.closeOnce({ marker, sleep, quietMoment })).toBe('interrupted');
    expect(quietMoment).toHaveBeenCalledTimes(closeAttempts);
    expect(sleep).not.toHaveBeenCalled();
    expect(app.db.isOpen()).toBe(true);
    expect(marker.values.size).toBe(0);
    app.reportDraft(field, 'clean');
    expect(app.nothingPending()).toBe(true);
    expect(await app.closeOnce({ marker, sleep, quietMoment })).toBe('closed');
    app.db.close();
  });
});
