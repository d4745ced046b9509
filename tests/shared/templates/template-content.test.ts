import { describe, expect, it } from 'vitest';
import { checkSmart } from '../../../shared/domain/smart-check';
import { engagementFileContentSchema } from '../../../shared/engagement-file/file-schema';
import { templateContent } from '../../../shared/templates/template-content';
import { engagementStart, templateJson } from './template-fixture';

describe('a new engagement from a template', () => {
  const start = engagementStart();
  const { content, sessionId } = templateContent(templateJson(), start);
  const { tables } = content;

  it('is a valid engagement: every row and reference as an engagement file needs them', () => {
    expect(engagementFileContentSchema.safeParse(content).success).toBe(true);
    expect(content.engagement).toMatchObject({ ...start.details, archivedAt: 0, deletedAt: 0 });
  });

  it('starts with the session the form describes, holding the template’s timed agenda', () => {
    expect(tables.sessions).toEqual([
      expect.objectContaining({ ...start.firstSession, id: sessionId, purpose: '' }),
    ]);
    expect(tables.agendaItems.map((item) => [item.position, item.title, item.minutes])).toEqual(
      templateJson().agenda.map((item, index) => [index + 1, item.title, item.minutes]),
    );
    expect(tables.agendaItems.every((item) => item.sessionId === sessionId)).toBe(true);
    expect(tables.agendaItems.every((item) => item.actualMinutes === null)).toBe(true);
  });

  it('maps the template’s phases and ties each campaign skeleton to its phase', () => {
    expect(tables.journeyPhases.map((phase) => phase.name)).toEqual([
      'Awareness',
      'Interest',
      'Trial',
      'Purchase',
      'Onboarding',
      'Advocacy',
    ]);
    const phaseName = (id: string) => tables.journeyPhases.find((phase) => phase.id === id)?.name;
    expect(
      tables.campaigns.map((campaign) => [campaign.name, phaseName(campaign.phaseId)]),
    ).toEqual(templateJson().campaigns.map((campaign) => [campaign.name, campaign.phase]));
    expect(tables.campaigns.every((campaign) => campaign.status === 'planned')).toBe(true);
  });

  it('suggests objectives as a client first states them, left for the SMART check to teach', () => {
    expect(tables.objectives.map((objective) => objective.statement)).toEqual([
      'Make a splash with the launch.',
      'Win our first customers quickly.',
      'Get the press talking about us.',
    ]);
    for (const objective of tables.objectives) {
      expect(objective.statedInSessionId).toBe(sessionId);
      expect(checkSmart(objective, { today: '2026-12-07', sessionDate: '2026-12-14' }).passed).toBe(
        false,
      );
    }
  });

  it('holds nothing else: no notes, actions, scores or plan yet', () => {
    for (const name of [
      'sessionNotes',
      'actionItems',
      'emotionScores',
      'plans',
      'personas',
    ] as const)
      expect(tables[name], name).toEqual([]);
  });
});
