import { emptyObjective } from '../domain/objective';
import { emptyCampaign } from '../domain/campaign';
import { emptyJourneyPhase } from '../domain/journey-phase';
import type { EngagementFileContent } from '../engagement-file/format';
import {
  emptyTables,
  newSessionRow,
  type EngagementStart,
} from '../engagement-file/start-engagement';
import type { EngagementTemplate } from './engagement-template';

/**
 * A new engagement made from a template, as rows with fresh ids: the first session as the form
 * describes it, holding the template's timed agenda; the journey's phases; the suggested
 * objectives as first stated (the room refines them); the campaign skeletons tied to their phases.
 */
export function templateContent(
  template: EngagementTemplate,
  start: EngagementStart,
): { content: EngagementFileContent; sessionId: string } {
  const { now, newId } = start;
  const engagementId = newId();
  const sessionId = newId();
  const stamps = { createdAt: now, updatedAt: now };
  const phases = template.journeyPhases.map((phase, index) => ({
    ...emptyJourneyPhase(phase.name),
    customerGoal: phase.customerGoal,
    questions: phase.questions,
    kpi: phase.kpi,
    id: newId(),
    engagementId,
    position: index + 1,
    ...stamps,
  }));
  const phaseIdOf = (name: string) =>
    phases.find((phase) => phase.name.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'))
      ?.id ?? '';
  const tables = emptyTables();
  tables.sessions = [newSessionRow(engagementId, sessionId, start)];
  tables.agendaItems = template.agenda.map((item, index) => ({
    id: newId(),
    sessionId,
    position: index + 1,
    title: item.title,
    minutes: item.minutes,
    owner: '',
    actualMinutes: null,
    ...stamps,
  }));
  tables.journeyPhases = phases;
  tables.objectives = template.objectives.map((objective, index) => ({
    ...emptyObjective(objective.statement),
    metric: objective.metric,
    direction: objective.direction,
    unit: objective.unit,
    id: newId(),
    engagementId,
    position: index + 1,
    statedInSessionId: sessionId,
    ...stamps,
  }));
  tables.campaigns = template.campaigns.map((campaign, index) => ({
    ...emptyCampaign(),
    name: campaign.name,
    type: campaign.type,
    phaseId: phaseIdOf(campaign.phase),
    goal: campaign.goal,
    kpi: campaign.kpi,
    channels: campaign.channels,
    id: newId(),
    engagementId,
    position: index + 1,
    ...stamps,
  }));
  return {
    content: {
      engagement: {
        ...start.details,
        id: engagementId,
        createdAt: now,
        updatedAt: now,
        lastOpenedAt: now,
        archivedAt: 0,
        deletedAt: 0,
      },
      tables,
    },
    sessionId,
  };
}
