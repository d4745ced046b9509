import { beforeEach, describe, expect, it } from 'vitest';
import { tableNames } from '../../../../shared/data/tables';
import { db } from '../../../../renderer/src/db/database';
import { engagementFileRepository } from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { engagementStartRepository } from '../../../../renderer/src/db/repositories/engagement-start-repository';
import { fullEngagement, ids } from '../../../shared/engagement-file/full-engagement-fixture';
import { engagementStart, templateJson } from '../../../shared/templates/template-fixture';

const { details, firstSession } = engagementStart();
const input = { details, firstSession };

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of tableNames) counts[name] = await db.table(name).count();
  return counts;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('starting an engagement from a template', () => {
  it('writes the engagement, its first session and everything the template pre-fills', async () => {
    const started = await engagementStartRepository.fromTemplate(templateJson(), input);
    const content = await engagementFileRepository.gather(started.engagementId);
    expect(content.engagement).toMatchObject(details);
    expect(content.tables.sessions.map((session) => session.id)).toEqual([started.sessionId]);
    expect(content.tables.agendaItems).toHaveLength(8);
    expect(content.tables.journeyPhases).toHaveLength(6);
    expect(content.tables.objectives).toHaveLength(3);
    expect(content.tables.campaigns).toHaveLength(5);
  });

  it('writes nothing from a template whose phases exceed the limits, and says why', async () => {
    const template = templateJson();
    template.journeyPhases = Array.from({ length: 21 }, (_, index) => ({
      name: `Phase ${index + 1}`,
      customerGoal: '',
      questions: '',
      kpi: '',
    }));
    const before = await rowCounts();
    await expect(engagementStartRepository.fromTemplate(template, input)).rejects.toThrow(
      'A template can have at most 20 journey phases; this one has 21.',
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('writes nothing from something that is not a template', async () => {
    await expect(engagementStartRepository.fromTemplate(null, input)).rejects.toThrow(
      'This is not a Session Studio template.',
    );
    expect(await db.table('engagements').count()).toBe(0);
  });
});

describe('starting a returning client’s engagement from a past one', () => {
  beforeEach(async () => {
    await engagementFileRepository.importFile(
      {
        format: 'session-studio-engagement',
        version: 1,
        exportedAt: '2026-11-22T10:30:00.000Z',
        app: { name: 'Session Studio', version: '0.1.0' },
        ...fullEngagement(),
      },
      { asCopy: false },
    );
  });

  it('everything: a full copy beside the past one, which stays as it was', async () => {
    const before = await engagementFileRepository.gather(ids.engagement);
    const started = await engagementStartRepository.fromPastEngagement(
      ids.engagement,
      'everything',
      input,
    );
    const copy = await engagementFileRepository.gather(started.engagementId);
    expect(copy.tables.sessions).toHaveLength(3);
    expect(copy.tables.actionItems).toHaveLength(before.tables.actionItems.length);
    expect(await engagementFileRepository.gather(ids.engagement)).toEqual(before);
  });

  it('structure only: the shape without the numbers, notes and actions', async () => {
    const started = await engagementStartRepository.fromPastEngagement(
      ids.engagement,
      'structure',
      input,
    );
    const copy = await engagementFileRepository.gather(started.engagementId);
    expect(copy.tables.sessions.map((session) => session.id)).toEqual([started.sessionId]);
    expect(copy.tables.actionItems).toEqual([]);
    expect(copy.tables.objectives[0]).toMatchObject({ statement: 'Grow leads', target: null });
  });

  it('refuses a past engagement that is no longer here, writing nothing', async () => {
    const before = await rowCounts();
    await expect(
      engagementStartRepository.fromPastEngagement('gone', 'structure', input),
    ).rejects.toThrow('This engagement is no longer on this laptop.');
    expect(await rowCounts()).toEqual(before);
  });
});
