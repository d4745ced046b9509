import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { objectiveRepository } from '../../../../renderer/src/db/repositories/objective-repository';
import { objectiveRemovalRepository } from '../../../../renderer/src/db/repositories/objective-removal-repository';
import { objectiveRevisionRepository } from '../../../../renderer/src/db/repositories/objective-revision-repository';

const start = Date.UTC(2026, 10, 30, 9, 0);
let now = start;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  now = start;
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

const history = async (objectiveId: string) =>
  (await objectiveRevisionRepository.listForObjective(objectiveId)).map((row) => [
    row.sessionId,
    row.field,
    row.before,
    row.after,
  ]);

describe('objective repository', () => {
  it('records each refined change with its session, coalescing saves made while typing', async () => {
    const id = await objectiveRepository.create('e1', 'kick-off', 'grow sales');
    for (const target of [1, 12, 120, 1200]) {
      now += 400;
      await objectiveRepository.update(id, 'kick-off', { target });
    }
    await objectiveRepository.update(id, 'kick-off', { statement: 'grow sales fast' });
    now += 60 * 60_000;
    await objectiveRepository.update(id, 'quarterly', { target: 1500, owner: 'Dana' });

    expect(await history(id)).toEqual([
      ['kick-off', 'target', null, 1200],
      ['quarterly', 'target', 1200, 1500],
      ['quarterly', 'owner', '', 'Dana'],
    ]);
    expect((await objectiveRepository.get(id))?.statedInSessionId).toBe('kick-off');
  });

  it('refuses a negative baseline unless allowed, and writes neither objective nor revision', async () => {
    const id = await objectiveRepository.create('e1', 's1');
    await expect(objectiveRepository.update(id, 's1', { baseline: -10 })).rejects.toThrow(
      'The baseline cannot be negative for this metric.',
    );
    await expect(
      objectiveRepository.update(id, 's1', { target: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow('The target must be a number.');
    expect((await objectiveRepository.get(id))?.baseline).toBeNull();
    expect(await history(id)).toEqual([]);

    await objectiveRepository.update(id, 's1', { allowNegative: true });
    await objectiveRepository.update(id, 's1', { baseline: -10 });
    expect(await history(id)).toEqual([['s1', 'baseline', null, -10]]);
  });

  it('keeps a reason given after the fact; the next edit starts a new revision', async () => {
    const id = await objectiveRepository.create('e1', 's1');
    await objectiveRepository.update(id, 's1', { target: 100 });
    const [first] = await objectiveRevisionRepository.listForObjective(id);
    await objectiveRevisionRepository.setReason(first?.id ?? '', 'Board wants more ambition');
    now += 1000;
    await objectiveRepository.update(id, 's1', { target: 120 });
    const rows = await objectiveRevisionRepository.listForObjective(id);
    expect(rows.map((row) => [row.before, row.after, row.reason])).toEqual([
      [null, 100, 'Board wants more ambition'],
      [100, 120, ''],
    ]);
    await expect(
      objectiveRevisionRepository.setReason(first?.id ?? '', 'x'.repeat(501)),
    ).rejects.toThrow('Reason can be at most 500 characters.');
  });

  it('removes an objective so that an undo brings it back with its whole history', async () => {
    const id = await objectiveRepository.create('e1', 's1', 'grow sales');
    await objectiveRepository.update(id, 's1', { metric: 'Revenue' });
    const removed = await objectiveRepository.remove(id, 's1');
    expect(await objectiveRepository.list('e1')).toEqual([]);
    expect(await history(id)).toHaveLength(1);
    await objectiveRepository.restore(removed!);
    expect((await objectiveRepository.list('e1')).map((row) => row.metric)).toEqual(['Revenue']);
    expect(await history(id)).toEqual([['s1', 'metric', '', 'Revenue']]);
  });

  it('records a removal with its session, what the objective said and why; undo drops it', async () => {
    const id = await objectiveRepository.create('e1', 'kick-off', 'grow sales in Norway');
    await objectiveRepository.update(id, 'kick-off', {
      metric: 'Revenue',
      target: 1200,
      unit: 'EUR',
    });
    now += 60 * 60_000;
    const removed = await objectiveRepository.remove(id, 'quarterly');
    const [removal, ...others] = await objectiveRemovalRepository.listForEngagement('e1');
    expect(others).toEqual([]);
    expect(removal).toMatchObject({
      objectiveId: id,
      engagementId: 'e1',
      sessionId: 'quarterly',
      removedAt: now,
      reason: '',
      objective: {
        statement: 'grow sales in Norway',
        metric: 'Revenue',
        target: 1200,
        unit: 'EUR',
      },
    });
    await objectiveRemovalRepository.setReason(removal!.id, 'Covered by the Nordic objective');
    expect((await objectiveRemovalRepository.listForEngagement('e1'))[0]?.reason).toBe(
      'Covered by the Nordic objective',
    );
    await expect(
      objectiveRemovalRepository.setReason(removal!.id, 'x'.repeat(501)),
    ).rejects.toThrow('Reason can be at most 500 characters.');

    // Undo puts the objective back and forgets the removal; redo records it again.
    const inSession = objectiveRepository.inSession('quarterly');
    await inSession.restore(removed!);
    expect(await objectiveRemovalRepository.listForEngagement('e1')).toEqual([]);
    expect((await objectiveRepository.get(id))?.metric).toBe('Revenue');
    await inSession.remove(id);
    expect(
      (await objectiveRemovalRepository.listForEngagement('e1')).map((row) => row.sessionId),
    ).toEqual(['quarterly']);
  });

  it('records nothing when the objective is already gone', async () => {
    expect(await objectiveRepository.remove('missing', 's1')).toBeUndefined();
    expect(await objectiveRemovalRepository.listForEngagement('e1')).toEqual([]);
    await expect(objectiveRemovalRepository.setReason('missing', 'why')).rejects.toThrow(
      'This removal is no longer recorded.',
    );
  });
});
