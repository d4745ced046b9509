import { beforeEach, describe, expect, it } from 'vitest';
import { maxCampaigns } from '../../../../shared/domain/campaign';
import { db } from '../../../../renderer/src/db/database';
import { campaignRepository } from '../../../../renderer/src/db/repositories/campaign-repository';
import { planRepository } from '../../../../renderer/src/db/repositories/plan-repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('plan repository', () => {
  it('reads the empty plan until the first edit, then keeps the goal', async () => {
    expect((await planRepository.get('e1')).goalTarget).toBeNull();
    expect((await planRepository.get('e1')).bufferPercent).toBe(10);
    await planRepository.update('e1', { goalTarget: 120, goalMetric: 'new customers' });
    expect((await planRepository.get('e1')).goalTarget).toBe(120);
  });

  it('keeps every rate when several are typed at once', async () => {
    await Promise.all([
      planRepository.setRate('e1', 'p1', 'cautious', 5),
      planRepository.setRate('e1', 'p1', 'expected', 10),
      planRepository.setRate('e1', 'p2', 'ambitious', 40),
    ]);
    expect((await planRepository.get('e1')).rates).toEqual({
      p1: { cautious: 5, expected: 10, ambitious: null },
      p2: { cautious: null, expected: null, ambitious: 40 },
    });
    await planRepository.setRate('e1', 'p1', 'expected', null);
    expect((await planRepository.get('e1')).rates.p1?.expected).toBeNull();
  });

  it('refuses impossible rates, goals and buffers, and stores nothing of them', async () => {
    await expect(planRepository.setRate('e1', 'p1', 'expected', 150)).rejects.toThrow(
      'A conversion rate cannot be above 100 %.',
    );
    await expect(planRepository.setRate('e1', 'p1', 'expected', Number.NaN)).rejects.toThrow(
      'A conversion rate must be a number of percent.',
    );
    await expect(planRepository.update('e1', { goalTarget: 0 })).rejects.toThrow(
      'The goal must be at least 1.',
    );
    await expect(planRepository.update('e1', { goalTarget: 10_000_000_000 })).rejects.toThrow(
      'The goal can be at most 1,000,000,000.',
    );
    await expect(planRepository.update('e1', { bufferPercent: 500 })).rejects.toThrow(
      'The safety buffer can be at most 100 %.',
    );
    expect(await db.table('plans').count()).toBe(0);
  });
});

describe('campaign repository', () => {
  it('refuses an end date before the start date, whichever is typed last', async () => {
    const id = await campaignRepository.add('e1', { name: 'Spring webinars' });
    await campaignRepository.update(id, { startDate: '2027-04-01' });
    await expect(campaignRepository.update(id, { endDate: '2027-03-15' })).rejects.toThrow(
      'The end date (2027-03-15) is before the start date (2027-04-01).',
    );
    await campaignRepository.update(id, { endDate: '2027-05-31' });
    await expect(campaignRepository.update(id, { startDate: '2027-06-01' })).rejects.toThrow(
      'The end date (2027-05-31) is before the start date (2027-06-01).',
    );
    const stored = await campaignRepository.get(id);
    expect([stored?.startDate, stored?.endDate]).toEqual(['2027-04-01', '2027-05-31']);
  });

  it('bounds budgets, targets and dates with a clear message', async () => {
    const id = await campaignRepository.add('e1');
    await expect(campaignRepository.update(id, { budget: 1e11 })).rejects.toThrow(
      'The budget can be at most 10,000,000,000.',
    );
    await expect(campaignRepository.update(id, { target: 1.5 })).rejects.toThrow(
      'The target must be a whole number.',
    );
    await expect(campaignRepository.update(id, { startDate: '1899-01-01' })).rejects.toThrow(
      'A campaign date must fall between the years 2000 and 2100.',
    );
  });

  it(`keeps at most ${maxCampaigns} campaigns, and says so`, async () => {
    await db.table('campaigns').bulkAdd(
      Array.from({ length: maxCampaigns }, (_, index) => ({
        id: `c${index}`,
        engagementId: 'e1',
        position: index,
      })),
    );
    await expect(campaignRepository.add('e1')).rejects.toThrow(
      `A plan can have at most ${maxCampaigns} campaigns.`,
    );
  });
});
