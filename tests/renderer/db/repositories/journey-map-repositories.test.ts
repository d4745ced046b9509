import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { emotionScoreRepository } from '../../../../renderer/src/db/repositories/emotion-score-repository';
import { engagementRepository } from '../../../../renderer/src/db/repositories/engagement-repository';
import { journeyPhaseRepository } from '../../../../renderer/src/db/repositories/journey-phase-repository';
import { personaRepository } from '../../../../renderer/src/db/repositories/persona-repository';
import { touchPointRepository } from '../../../../renderer/src/db/repositories/touch-point-repository';
import { defaultJourneyPhaseNames } from '../../../../shared/domain/journey-phase';
import { maxTouchPointsPerPhase } from '../../../../shared/domain/touch-point';

async function newEngagement(clientName = 'Acme Robotics') {
  const { engagementId } = await engagementRepository.create(
    {
      clientName,
      title: 'Growth plan',
      industry: '',
      consultantName: '',
      firmName: '',
      startDate: '2026-11-22',
    },
    { title: 'Kick-off', date: '2026-11-30', location: '', startTime: '09:00', lengthMinutes: 180 },
  );
  return engagementId;
}

const names = async (engagementId: string) =>
  (await journeyPhaseRepository.list(engagementId)).map((phase) => phase.name);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('journey map repositories', () => {
  it('gives a new engagement the default phases, and offers them again only to an empty map', async () => {
    const engagementId = await newEngagement();
    expect(await names(engagementId)).toEqual([...defaultJourneyPhaseNames]);
    expect(await journeyPhaseRepository.addDefaultPhases(engagementId)).toBe(0);

    for (const phase of await journeyPhaseRepository.list(engagementId))
      await journeyPhaseRepository.removeWithDetails(phase.id);
    expect(await names(engagementId)).toEqual([]);
    expect(await journeyPhaseRepository.addDefaultPhases(engagementId)).toBe(5);
    expect(await names(engagementId)).toEqual([...defaultJourneyPhaseNames]);
  });

  it('removes a phase with its touch points and persona scores, and undo restores all of it', async () => {
    const engagementId = await newEngagement();
    const [, consideration] = await journeyPhaseRepository.list(engagementId);
    if (!consideration) throw new Error('no phase');
    const personaId = await personaRepository.add(engagementId, { name: 'Maya' });
    await touchPointRepository.create(engagementId, consideration.id, { channel: 'Webinar' });
    await touchPointRepository.create(engagementId, consideration.id, { channel: 'Website' });
    await emotionScoreRepository.set(engagementId, consideration.id, personaId, -1);
    await journeyPhaseRepository.update(consideration.id, { emotion: 1, conversionRate: 30 });

    const removed = await journeyPhaseRepository.removeWithDetails(consideration.id);
    expect(removed?.touchPoints).toHaveLength(2);
    expect(removed?.emotionScores).toHaveLength(1);
    expect(await names(engagementId)).not.toContain('Consideration');
    expect(await touchPointRepository.listForEngagement(engagementId)).toEqual([]);
    expect(await emotionScoreRepository.listForEngagement(engagementId)).toEqual([]);

    if (!removed) throw new Error('nothing removed');
    await journeyPhaseRepository.restoreWithDetails(removed);
    expect(await names(engagementId)).toEqual([...defaultJourneyPhaseNames]);
    const restored = await journeyPhaseRepository.get(consideration.id);
    expect(restored).toMatchObject({ emotion: 1, conversionRate: 30 });
    expect(
      (await touchPointRepository.list(consideration.id)).map((point) => point.channel),
    ).toEqual(['Webinar', 'Website']);
    expect(await emotionScoreRepository.listForEngagement(engagementId)).toMatchObject([
      { phaseId: consideration.id, personaId, score: -1 },
    ]);
  });

  it('keeps one score per persona and phase, and clears it with null', async () => {
    const engagementId = await newEngagement();
    const [awareness] = await journeyPhaseRepository.list(engagementId);
    if (!awareness) throw new Error('no phase');
    const maya = await personaRepository.add(engagementId, { name: 'Maya' });
    const sam = await personaRepository.add(engagementId, { name: 'Sam' });
    await emotionScoreRepository.set(engagementId, awareness.id, maya, 1);
    await emotionScoreRepository.set(engagementId, awareness.id, maya, -2);
    await emotionScoreRepository.set(engagementId, awareness.id, sam, 2);
    const scores = await emotionScoreRepository.listForEngagement(engagementId);
    expect(scores.map((row) => [row.personaId, row.score]).sort()).toEqual(
      [
        [maya, -2],
        [sam, 2],
      ].sort(),
    );
    await emotionScoreRepository.set(engagementId, awareness.id, maya, null);
    expect(await emotionScoreRepository.listForEngagement(engagementId)).toHaveLength(1);
  });

  it('refuses scores off the scale, rates above 100 % or below 0, and a 21st phase', async () => {
    const engagementId = await newEngagement();
    const [awareness] = await journeyPhaseRepository.list(engagementId);
    if (!awareness) throw new Error('no phase');
    await expect(emotionScoreRepository.set(engagementId, awareness.id, 'p', 3)).rejects.toThrow(
      'The emotion score must be at most +2.',
    );
    await expect(
      journeyPhaseRepository.update(awareness.id, { conversionRate: 150 }),
    ).rejects.toThrow('A conversion rate cannot be above 100 %.');
    await expect(
      journeyPhaseRepository.update(awareness.id, { conversionRate: -1 }),
    ).rejects.toThrow('A conversion rate cannot be below 0 %.');
    await expect(
      journeyPhaseRepository.update(awareness.id, { conversionRate: Number.NaN }),
    ).rejects.toThrow();
    expect((await journeyPhaseRepository.get(awareness.id))?.conversionRate).toBeNull();

    for (let count = 5; count < 20; count += 1) await journeyPhaseRepository.add(engagementId);
    await expect(journeyPhaseRepository.add(engagementId)).rejects.toThrow(
      'A journey map can have at most 20 phases.',
    );
    expect(await names(engagementId)).toHaveLength(20);
  });

  it('bounds the touch points of a phase', async () => {
    const engagementId = await newEngagement();
    const [awareness] = await journeyPhaseRepository.list(engagementId);
    if (!awareness) throw new Error('no phase');
    for (let count = 0; count < maxTouchPointsPerPhase; count += 1)
      await touchPointRepository.create(engagementId, awareness.id);
    await expect(touchPointRepository.create(engagementId, awareness.id)).rejects.toThrow(
      `A phase can have at most ${maxTouchPointsPerPhase} touch points.`,
    );
  });

  it('purges the map with its engagement', async () => {
    const gone = await newEngagement('Acme');
    const kept = await newEngagement('Borealis');
    for (const engagementId of [gone, kept]) {
      const [phase] = await journeyPhaseRepository.list(engagementId);
      if (!phase) throw new Error('no phase');
      const personaId = await personaRepository.add(engagementId, { name: 'Maya' });
      await touchPointRepository.create(engagementId, phase.id, { channel: 'Email' });
      await emotionScoreRepository.set(engagementId, phase.id, personaId, 1);
    }
    await engagementRepository.softDelete(gone);
    await engagementRepository.purgeDeleted(Date.now() + 60_000);
    expect(await names(gone)).toEqual([]);
    expect(await touchPointRepository.listForEngagement(gone)).toEqual([]);
    expect(await emotionScoreRepository.listForEngagement(gone)).toEqual([]);
    expect(await names(kept)).toHaveLength(5);
    expect(await touchPointRepository.listForEngagement(kept)).toHaveLength(1);
    expect(await emotionScoreRepository.listForEngagement(kept)).toHaveLength(1);
  });
});
