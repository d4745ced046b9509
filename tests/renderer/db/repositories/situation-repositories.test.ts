import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { competitorRepository } from '../../../../renderer/src/db/repositories/competitor-repository';
import { industryTrendRepository } from '../../../../renderer/src/db/repositories/industry-trend-repository';
import { salesStageRepository } from '../../../../renderer/src/db/repositories/sales-stage-repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('situation repositories', () => {
  it('adds a pasted list in order after the existing rows, all or none', async () => {
    await salesStageRepository.add('e1', { name: 'Lead' });
    await salesStageRepository.addNamed('e1', ['Qualified', 'Proposal']);
    expect((await salesStageRepository.list('e1')).map((row) => row.name)).toEqual([
      'Lead',
      'Qualified',
      'Proposal',
    ]);
    const many = Array.from({ length: 28 }, (_, index) => `Stage ${index}`);
    await expect(salesStageRepository.addNamed('e1', many)).rejects.toThrow(
      'A sales process can have at most 30 stages.',
    );
    await expect(competitorRepository.addNamed('e1', ['Acme', 'x'.repeat(201)])).rejects.toThrow(
      'Competitor name can be at most 200 characters.',
    );
    expect(await salesStageRepository.list('e1')).toHaveLength(3);
    expect(await competitorRepository.list('e1')).toEqual([]);
  });

  it('refuses a conversion above 100 % and a duration past ten years, keeping the stored row', async () => {
    const id = await salesStageRepository.add('e1', { name: 'Lead', duration: 300 });
    await expect(salesStageRepository.update(id, { conversionRate: 140 })).rejects.toThrow(
      'The conversion cannot be above 100 %',
    );
    await expect(salesStageRepository.update(id, { durationUnit: 'months' })).rejects.toThrow(
      'A stage can last at most 120 months (ten years).',
    );
    expect(await salesStageRepository.get(id)).toMatchObject({
      duration: 300,
      durationUnit: 'weeks',
      conversionRate: null,
    });
  });

  it('keeps trends and competitors per engagement, reordered and restored after removal', async () => {
    const [a, b] = await industryTrendRepository.addNamed('e1', ['AI search', 'Consolidation']);
    await industryTrendRepository.add('e2', { trend: 'Other client' });
    await industryTrendRepository.reorder('e1', [b!, a!]);
    const removed = await industryTrendRepository.remove(b!);
    await industryTrendRepository.restore(removed!);
    expect((await industryTrendRepository.list('e1')).map((row) => row.trend)).toEqual([
      'Consolidation',
      'AI search',
    ]);
    await industryTrendRepository.update(a!, { impact: 'negative', horizon: '1-2-years' });
    expect(await industryTrendRepository.get(a!)).toMatchObject({
      impact: 'negative',
      horizon: '1-2-years',
    });
  });
});
