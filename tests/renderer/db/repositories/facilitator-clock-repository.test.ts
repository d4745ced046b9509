import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { facilitatorClockRepository } from '../../../../renderer/src/db/repositories/facilitator-clock-repository';
import { nextItem, pauseClock, startClock } from '../../../../shared/domain/facilitator-clock';

const session = { id: 's1', engagementId: 'e1' };
const t0 = Date.UTC(2026, 10, 30, 9, 0);
const at = (minutes: number, seconds = 0) => t0 + minutes * 60_000 + seconds * 1000;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function agenda() {
  const welcome = await agendaRepository.add('s1', { title: 'Welcome', minutes: 10 });
  const goals = await agendaRepository.add('s1', { title: 'Goals', minutes: 30 });
  return { welcome, goals };
}

const actuals = async () =>
  (await agendaRepository.listForSession('s1')).map((item) => item.actualMinutes);

describe('facilitator clock repository', () => {
  it('stores the running clock and records actual minutes as items are left', async () => {
    const { welcome, goals } = await agenda();
    await facilitatorClockRepository.apply(session, (s, ids) => startClock(s, ids, at(0)), at(0));
    expect(await facilitatorClockRepository.get('s1')).toMatchObject({
      engagementId: 'e1',
      currentItemId: welcome,
      runningSince: at(0),
    });
    expect(await actuals()).toEqual([null, null]);

    await facilitatorClockRepository.apply(
      session,
      (s, ids) => nextItem(s, ids, at(12, 20)),
      at(12, 20),
    );
    expect(await actuals()).toEqual([12, null]);
    expect((await facilitatorClockRepository.get('s1'))?.currentItemId).toBe(goals);

    // A tick that changes nothing on the clock still records the running item's minutes.
    await facilitatorClockRepository.apply(session, (s) => s, at(20));
    expect(await actuals()).toEqual([12, 8]);
    await facilitatorClockRepository.apply(session, (s) => pauseClock(s, at(45)), at(45));
    expect(await actuals()).toEqual([12, 33]);
  });

  it('resumes from what is stored: a reload mid-item loses no time', async () => {
    await agenda();
    await facilitatorClockRepository.apply(session, (s, ids) => startClock(s, ids, at(0)), at(0));
    // The window reloads; the stored record alone says where the session is.
    await facilitatorClockRepository.apply(session, (s) => pauseClock(s, at(9)), at(9));
    expect(await actuals()).toEqual([9, null]);
  });

  it('clears the clock and every recorded minute on reset, leaving the plan', async () => {
    await agenda();
    await facilitatorClockRepository.apply(session, (s, ids) => startClock(s, ids, at(0)), at(0));
    await facilitatorClockRepository.apply(session, (s, ids) => nextItem(s, ids, at(5)), at(5));
    await facilitatorClockRepository.reset('s1');
    expect(await facilitatorClockRepository.get('s1')).toBeNull();
    expect(await actuals()).toEqual([null, null]);
    expect((await agendaRepository.listForSession('s1')).map((i) => i.minutes)).toEqual([10, 30]);
  });

  it('writes nothing for a change that changes nothing', async () => {
    await agenda();
    await facilitatorClockRepository.apply(session, (s) => pauseClock(s, at(1)), at(1));
    expect(await facilitatorClockRepository.get('s1')).toBeNull();
  });

  it('goes with its engagement when the engagement is purged', async () => {
    await db.engagements.add({ id: 'e1', deletedAt: 1 } as never);
    await agenda();
    await facilitatorClockRepository.apply(session, (s, ids) => startClock(s, ids, at(0)), at(0));
    await engagementRepository.purgeDeleted(Date.now() + 60_000);
    expect(await facilitatorClockRepository.get('s1')).toBeNull();
  });
});
