import { describe, expect, it } from 'vitest';
import { engagementFileContentSchema } from '../../../shared/engagement-file/file-schema';
import { pastEngagementContent } from '../../../shared/engagement-file/past-engagement-copy';
import { planNewEngagement } from '../../../shared/engagement-file/start-engagement';
import { engagementStart } from '../templates/template-fixture';
import { fullEngagement, ids } from './full-engagement-fixture';

const idsIn = (value: unknown) =>
  new Set(JSON.stringify(value).match(/00000000-0000-4000-8000-\d{12}/g) ?? []);

describe('a new engagement copied from a past one', () => {
  it.each(['structure', 'everything'] as const)(
    'keeping %s: a valid engagement with fresh ids everywhere and the new details',
    (keep) => {
      const start = engagementStart();
      const { content } = pastEngagementContent(fullEngagement(), keep, start);
      expect(engagementFileContentSchema.safeParse(content).success).toBe(true);
      expect(idsIn(content)).toEqual(new Set());
      const plan = planNewEngagement(content, start);
      expect(plan.rows.engagements[0]).toMatchObject({
        ...start.details,
        createdAt: start.now,
        archivedAt: 0,
        deletedAt: 0,
      });
    },
  );

  it('everything: every session and worksheet, plus the new first session', () => {
    const past = fullEngagement();
    const { content, sessionId } = pastEngagementContent(past, 'everything', engagementStart());
    expect(content.tables.sessions.map((session) => session.title)).toEqual([
      'Kick-off session',
      'Quarterly refresh',
      'Launch planning session',
    ]);
    expect(content.tables.sessions.at(-1)?.id).toBe(sessionId);
    for (const [name, rows] of Object.entries(past.tables))
      if (name !== 'sessions')
        expect(content.tables[name as keyof typeof past.tables], name).toHaveLength(rows.length);
  });

  it('structure only: the last session’s agenda and people move to the new session, unrun and invited', () => {
    const { content, sessionId } = pastEngagementContent(
      fullEngagement(),
      'structure',
      engagementStart(),
    );
    const { tables } = content;
    expect(tables.sessions.map((session) => session.id)).toEqual([sessionId]);
    // The quarterly refresh (2027-03-01) is the past engagement's last session.
    expect(
      tables.agendaItems.map((item) => [item.title, item.sessionId, item.actualMinutes]),
    ).toEqual([['What changed', sessionId, null]]);
    expect(tables.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Sam Ortiz', 'invited'],
    ]);
  });

  it('structure only: names and shapes kept, numbers, scores, notes and history left behind', () => {
    const { tables } = pastEngagementContent(
      fullEngagement(),
      'structure',
      engagementStart(),
    ).content;
    expect(tables.objectives).toEqual([
      expect.objectContaining({
        statement: 'Grow leads',
        metric: '',
        baseline: null,
        target: null,
        deadline: '',
      }),
    ]);
    expect(
      tables.journeyPhases.map((phase) => [
        phase.name,
        phase.customerGoal,
        phase.conversionRate,
        phase.emotion,
      ]),
    ).toEqual([
      ['Awareness', 'Find a partner', null, null],
      ['Consideration', 'Find a partner', null, null],
      ['Conversion', 'Find a partner', null, null],
    ]);
    expect(tables.campaigns).toEqual([
      expect.objectContaining({
        name: 'Plant managers webinar',
        kpi: 'Sign-ups',
        target: null,
        budget: null,
        startDate: '',
      }),
    ]);
    const phaseIds = new Set(tables.journeyPhases.map((phase) => phase.id));
    expect(phaseIds.has(tables.campaigns[0]?.phaseId ?? '')).toBe(true);
    expect(tables.salesStages[0]).toMatchObject({ name: 'Discovery call', conversionRate: null });
    expect(tables.brandChannels[0]?.tone.funnySerious).toBeNull();
    for (const name of [
      'sessionNotes',
      'facilitatorClocks',
      'actionItems',
      'objectiveRevisions',
      'objectiveRemovals',
      'objections',
      'perceptions',
      'critiqueEntries',
      'critiqueSheets',
      'emotionScores',
      'plans',
      'industryTrends',
      'brandProfiles',
      'brandTraits',
    ] as const)
      expect(tables[name], name).toEqual([]);
  });

  it('leaves the past engagement exactly as it was', () => {
    const past = fullEngagement();
    const before = structuredClone(past);
    pastEngagementContent(past, 'structure', engagementStart());
    pastEngagementContent(past, 'everything', engagementStart());
    expect(past).toEqual(before);
    expect(past.engagement.id).toBe(ids.engagement);
  });
});
