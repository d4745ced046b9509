import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import {
  critiqueEntryRepository,
  critiqueSheetRepository,
} from '../../../../renderer/src/db/repositories/critique-repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const texts = async (engagementId: string, kind: string) =>
  (await critiqueEntryRepository.list(engagementId))
    .filter((entry) => entry.kind === kind)
    .map((entry) => entry.text);

describe('critique repository', () => {
  it('keeps each list in its own order when one is reordered', async () => {
    const s1 = await critiqueEntryRepository.create('e1', 'strength', { text: 'Support' });
    await critiqueEntryRepository.create('e1', 'weakness', { text: 'Slow onboarding' });
    const s2 = await critiqueEntryRepository.create('e1', 'strength', { text: 'Brand' });
    await critiqueEntryRepository.create('e1', 'weakness', { text: 'Price' });

    await critiqueEntryRepository.reorder('e1', [s2, s1]);

    expect(await texts('e1', 'strength')).toEqual(['Brand', 'Support']);
    expect(await texts('e1', 'weakness')).toEqual(['Slow onboarding', 'Price']);
  });

  it('refuses a 51st entry in one list with a clear message, and others still fit', async () => {
    const fifty = Array.from({ length: 50 }, (_, index) => `Threat ${index + 1}`);
    expect(await critiqueEntryRepository.createMany('e1', 'threat', fifty)).toBe(50);
    await expect(critiqueEntryRepository.create('e1', 'threat')).rejects.toThrow(
      'The self-critique can hold at most 50 threats.',
    );
    await expect(critiqueEntryRepository.createMany('e1', 'threat', ['One more'])).rejects.toThrow(
      'at most 50 threats',
    );
    await critiqueEntryRepository.create('e1', 'opportunity', { text: 'Still room' });
    expect(await texts('e1', 'opportunity')).toEqual(['Still room']);
    expect(await texts('e1', 'threat')).toHaveLength(50);
  });

  it('adds a pasted list all or nothing: one over-long line stores none of them', async () => {
    await expect(
      critiqueEntryRepository.createMany('e1', 'strength', ['Fine', 'x'.repeat(501)]),
    ).rejects.toThrow('Finding can be at most 500 characters.');
    expect(await texts('e1', 'strength')).toEqual([]);
  });

  it('gives the empty sheet until the first edit, then keeps each part', async () => {
    expect((await critiqueSheetRepository.get('e1')).forWhom).toBe('');
    await critiqueSheetRepository.update('e1', { forWhom: 'clinics' });
    await critiqueSheetRepository.update('e1', { category: 'reminder service' });
    const sheet = await critiqueSheetRepository.get('e1');
    expect(sheet).toMatchObject({ forWhom: 'clinics', category: 'reminder service' });
    await expect(
      critiqueSheetRepository.update('e1', { selfView: 'x'.repeat(10_001) }),
    ).rejects.toThrow('How the brand sees itself can be at most 10,000 characters.');
    expect((await critiqueSheetRepository.get('e1')).selfView).toBe('');
  });
});
