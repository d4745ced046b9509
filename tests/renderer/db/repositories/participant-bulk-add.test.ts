import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { maxParticipants } from '../../../../shared/domain/participant';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('adding several participants at once', () => {
  it('appends them after the people already listed, as invited, with the engagement', async () => {
    await participantRepository.create('e1', 's1', { name: 'Ana' });
    const added = await participantRepository.createMany('e1', 's1', [
      { name: 'Dana', title: 'VP Sales' },
      { name: 'Bo' },
    ]);
    expect(added).toBe(2);
    const rows = await participantRepository.listForSession('s1');
    expect(rows.map((row) => row.name)).toEqual(['Ana', 'Dana', 'Bo']);
    expect(rows[1]).toMatchObject({ engagementId: 'e1', attendance: 'invited', role: 'other' });
  });

  it('stops at the session’s limit and says how many it added', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `Person ${i + 1}` }));
    expect(await participantRepository.createMany('e1', 's1', many)).toBe(maxParticipants);
    expect(await participantRepository.createMany('e1', 's1', many)).toBe(0);
    expect(await db.table('participants').count()).toBe(maxParticipants);
  });

  it('adds none of them when one is invalid', async () => {
    await expect(
      participantRepository.createMany('e1', 's1', [{ name: 'Ana' }, { name: 'x'.repeat(201) }]),
    ).rejects.toThrow('Name can be at most 200 characters.');
    expect(await db.table('participants').count()).toBe(0);
  });
});
