import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { sessionRepository } from '../../../../renderer/src/db/repositories/session-repository';
import { backgroundNotice } from '../../../../renderer/src/db/safety/check-in-background';
import { readLocalDigests } from '../../../../renderer/src/db/safety/reconcile';
import { unitDigestsTable } from '../../../../renderer/src/db/safety/unit-digests';
import { verifyInBackground } from '../../../../renderer/src/db/safety/verify-in-background';
import { mainHolding, withoutJournal } from './main-holding';
import { engagementDetails, firstSession, recordCommittedChanges } from './recorded-changes';

const committed = recordCommittedChanges();

async function check(
  main: Awaited<ReturnType<typeof mainHolding>>,
  idle: () => Promise<void> = async () => undefined,
) {
  const sent = vi.fn();
  const result = await verifyInBackground({
    idle,
    status: main.status,
    read: main.read,
    send: sent,
  });
  return { result, sent };
}

describe('the full check in the background', () => {
  it('reads nothing from main when every digest matches its rows', async () => {
    await engagementRepository.create(engagementDetails('Acme'), firstSession);
    await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    const main = await mainHolding(committed);
    const { result, sent } = await check(main);
    expect(result).toEqual({ corrected: 0, restoredRows: 0, restoredEngagements: 0, sent: 0 });
    expect(main.read).not.toHaveBeenCalled();
    expect(sent).not.toHaveBeenCalled();
  });

  it('waits for a quiet moment between slices of a large engagement’s rows, not only between engagements', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    await engagementRepository.create(engagementDetails('Borealis'), firstSession);
    const names = Array.from({ length: 100 }, (_, index) => ({ name: `Participant ${index}` }));
    expect(await participantRepository.createMany(engagementId, sessionId, names)).toBe(100);
    const main = await mainHolding(committed);
    const idle = vi.fn(async () => undefined);
    const { result } = await check(main, idle);
    expect(result).toEqual({ corrected: 0, restoredRows: 0, restoredEngagements: 0, sent: 0 });
    // One before each of the two engagements, and one after each slice of Acme's 100-odd rows.
    expect(idle.mock.calls.length).toBeGreaterThanOrEqual(2 + 2);
  });

  it('finds an edit the start could not see, corrects the digest and copies the edit to main', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    const main = await mainHolding(committed);
    // Written behind the app's back: the row changed, the kept digest did not.
    const kept = await readLocalDigests();
    const session = (await db.sessions.get(sessionId))!;
    await withoutJournal(committed, async () => {
      await db.sessions.put({
        ...session,
        purpose: 'Written elsewhere',
        updatedAt: Date.now() + 1,
      });
      await db.table(unitDigestsTable).put({ unit: engagementId, digest: kept.get(engagementId) });
    });
    // So the start finds both copies in step…
    expect((await readLocalDigests()).get(engagementId)).toBe(
      (await main.status()).units[engagementId]?.digest,
    );

    // …and the background check finds the difference.
    const { result, sent } = await check(main);
    expect(result).toMatchObject({ corrected: 1, restoredRows: 0, sent: 1 });
    expect(sent).toHaveBeenCalledWith([
      expect.objectContaining({ table: 'sessions', key: sessionId, unit: engagementId }),
    ]);
    expect((await readLocalDigests()).get(engagementId)).not.toBe(kept.get(engagementId));
    expect(backgroundNotice(result)).toEqual({
      tone: 'info',
      text: 'A background check found 1 change missing from the safety copy and copied it there.',
    });
  });

  it('restores from main what a wrong digest hid at the start', async () => {
    const { engagementId, sessionId } = await engagementRepository.create(
      engagementDetails('Acme'),
      firstSession,
    );
    await sessionRepository.update(sessionId, { purpose: 'Agreed wording' });
    const main = await mainHolding(committed);
    const kept = await readLocalDigests();
    const session = (await db.sessions.get(sessionId))!;
    await withoutJournal(committed, async () => {
      await db.sessions.put({ ...session, purpose: 'Stale', updatedAt: 1 });
      await db.table(unitDigestsTable).put({ unit: engagementId, digest: kept.get(engagementId) });
    });
    const { result } = await check(main);
    expect(result).toMatchObject({ corrected: 1, restoredRows: 1 });
    expect(await db.sessions.get(sessionId)).toMatchObject({ purpose: 'Agreed wording' });
  });
});
