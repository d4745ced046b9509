import { emptyCampaign } from '../domain/campaign';
import { emptyToneProfile } from '../domain/tone';
import { emptyJourneyPhase } from '../domain/journey-phase';
import { emptyObjective } from '../domain/objective';
import { compareSessions, type Session } from '../domain/session';
import type { EngagementFileContent, EngagementFileTables } from './format';
import { remapIds } from './remap-ids';
import { emptyTables, newSessionRow, type EngagementStart } from './start-engagement';

/** What a returning client's new engagement keeps of the past one. */
export const pastEngagementKeeps = ['structure', 'everything'] as const;
export type PastEngagementKeep = (typeof pastEngagementKeeps)[number];

/**
 * The past engagement's shape, to fill in again: the last session's agenda and people (for the
 * new first session, invited), the sales stages, competitors, buyer personas, journey phases and
 * touch points, the objectives as first stated, the brand's channels and the campaigns' names,
 * types, phases, KPIs and channels. Numbers, scores, dates, notes, decisions, history and actions stay
 * behind.
 */
function structureOf(copy: EngagementFileContent, session: Session): EngagementFileTables {
  const { tables } = copy;
  const last = [...tables.sessions].sort(compareSessions).at(-1);
  const ofLast = <T extends { sessionId: string }>(rows: readonly T[]) =>
    rows
      .filter((row) => row.sessionId === last?.id)
      .map((row) => ({ ...row, sessionId: session.id }));
  const structure = emptyTables();
  structure.sessions = [session];
  structure.agendaItems = ofLast(tables.agendaItems).map((item) => ({
    ...item,
    actualMinutes: null,
  }));
  structure.participants = ofLast(tables.participants).map((person) => ({
    ...person,
    attendance: 'invited',
  }));
  structure.salesStages = tables.salesStages.map((stage) => ({
    ...stage,
    duration: null,
    conversionRate: null,
  }));
  structure.competitors = tables.competitors.map((competitor) => ({
    ...competitor,
    strengths: '',
    weaknesses: '',
    threat: null,
  }));
  structure.personas = tables.personas;
  structure.objectives = tables.objectives.map((objective) => ({
    ...objective,
    ...emptyObjective(objective.statement),
    statedInSessionId: session.id,
  }));
  structure.brandChannels = tables.brandChannels.map((channel) => ({
    ...channel,
    tone: emptyToneProfile(),
  }));
  structure.journeyPhases = tables.journeyPhases.map((phase) => ({
    ...phase,
    ...emptyJourneyPhase(phase.name),
    customerGoal: phase.customerGoal,
    questions: phase.questions,
    mindset: phase.mindset,
    kpi: phase.kpi,
  }));
  structure.touchPoints = tables.touchPoints;
  structure.campaigns = tables.campaigns.map((campaign) => ({
    ...campaign,
    ...emptyCampaign(),
    name: campaign.name,
    type: campaign.type,
    phaseId: campaign.phaseId,
    objectiveId: campaign.objectiveId,
    kpi: campaign.kpi,
    channels: campaign.channels,
  }));
  return structure;
}

/**
 * A new engagement for a returning client, copied from a past one with fresh ids everywhere (the
 * engagement file's copier), plus the new first session: everything, or the structure only.
 */
export function pastEngagementContent(
  past: EngagementFileContent,
  keep: PastEngagementKeep,
  start: EngagementStart,
): { content: EngagementFileContent; sessionId: string } {
  const copy = remapIds(past, start.newId);
  const session = newSessionRow(copy.engagement.id, start.newId(), start);
  const tables =
    keep === 'everything'
      ? { ...copy.tables, sessions: [...copy.tables.sessions, session] }
      : structureOf(copy, session);
  return { content: { engagement: copy.engagement, tables }, sessionId: session.id };
}
