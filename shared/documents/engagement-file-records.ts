import { emptyBrandProfile } from '../domain/brand';
import { emptyCritiqueSheet } from '../domain/critique';
import type { PersonaEmotionScore } from '../domain/emotion-score';
import { emptyPlan } from '../domain/plan';
import type { DocumentVersion } from '../domain/document-choices';
import { compareSessions, type Session } from '../domain/session';
import type { EngagementFileContent } from '../engagement-file/format';
import { toAgendaSnapshot, type AgendaSnapshot } from './agenda-snapshot';
import type { MarketingPlanRecords } from './to-marketing-plan-snapshot';
import type { SessionSummaryRecords } from './to-session-summary-snapshot';

/**
 * An engagement file's rows handed over as the app's repositories hand them to the snapshot
 * builders (to-marketing-plan-snapshot, to-session-summary-snapshot, agenda-snapshot): each list
 * in its order on screen, a one-per-engagement sheet that was never edited as its empty sheet. So
 * a document made from a file (the command line) says what the app would say.
 */

/** Lists in the order the consultant arranged them. Sorting is stable: ties keep the key order. */
function inListOrder<T extends { position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

function brandingOfFile(content: EngagementFileContent) {
  return content.tables.engagementBrandings.find(
    (row) => row.engagementId === content.engagement.id,
  );
}

export function sessionsOfFile(content: EngagementFileContent): Session[] {
  return [...content.tables.sessions].sort(compareSessions);
}

function sheetOf<T extends { engagementId: string }>(
  rows: readonly T[],
  engagementId: string,
  empty: (engagementId: string) => T,
): T {
  return rows.find((row) => row.engagementId === engagementId) ?? empty(engagementId);
}

/** Every worksheet of the engagement, plus the emotion scores its charts need. */
export function marketingPlanRecordsOfFile(
  content: EngagementFileContent,
): MarketingPlanRecords & { emotionScores: PersonaEmotionScore[] } {
  const { engagement, tables } = content;
  return {
    engagement,
    sessions: sessionsOfFile(content),
    salesStages: inListOrder(tables.salesStages),
    competitors: inListOrder(tables.competitors),
    industryTrends: inListOrder(tables.industryTrends),
    objectives: inListOrder(tables.objectives),
    objectiveRevisions: revisionsInOrder(content),
    objectiveRemovals: [...tables.objectiveRemovals],
    personas: inListOrder(tables.personas),
    objections: inListOrder(tables.objections),
    perceptions: inListOrder(tables.perceptions),
    critiqueEntries: inListOrder(tables.critiqueEntries),
    critiqueSheet: sheetOf(tables.critiqueSheets, engagement.id, emptyCritiqueSheet),
    brandProfile: sheetOf(tables.brandProfiles, engagement.id, emptyBrandProfile),
    brandTraits: inListOrder(tables.brandTraits),
    brandChannels: inListOrder(tables.brandChannels),
    journeyPhases: inListOrder(tables.journeyPhases),
    touchPoints: inListOrder(tables.touchPoints),
    emotionScores: [...tables.emotionScores],
    plan: sheetOf(tables.plans, engagement.id, emptyPlan),
    campaigns: inListOrder(tables.campaigns),
    actionItems: inListOrder(tables.actionItems),
    participants: inListOrder(tables.participants),
    branding: brandingOfFile(content),
  };
}

function sessionOfFile(content: EngagementFileContent, sessionId: string): Session {
  const session = content.tables.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw new RangeError(`The engagement has no session “${sessionId}”.`);
  return session;
}

const ofSession = <T extends { sessionId: string; position: number }>(
  rows: readonly T[],
  sessionId: string,
) => inListOrder(rows.filter((row) => row.sessionId === sessionId));

/** Every objective's revisions in the order they were made. */
const revisionsInOrder = ({ tables }: EngagementFileContent) =>
  [...tables.objectiveRevisions].sort((a, b) => a.sequence - b.sequence);

/** One session's rows, for its summary. */
export function sessionSummaryRecordsOfFile(
  content: EngagementFileContent,
  sessionId: string,
): SessionSummaryRecords {
  const { tables } = content;
  return {
    engagement: content.engagement,
    session: sessionOfFile(content, sessionId),
    participants: ofSession(tables.participants, sessionId),
    agenda: ofSession(tables.agendaItems, sessionId),
    notes: ofSession(tables.sessionNotes, sessionId),
    actionItems: inListOrder(tables.actionItems),
    engagementParticipants: inListOrder(tables.participants),
    branding: brandingOfFile(content),
    objectives: inListOrder(tables.objectives),
    objectiveRevisions: revisionsInOrder(content),
    objectiveRemovals: [...tables.objectiveRemovals],
  };
}

/** One session's agenda pre-read. */
export function agendaSnapshotOfFile(
  content: EngagementFileContent,
  sessionId: string,
  version: DocumentVersion = 'working',
): AgendaSnapshot {
  return toAgendaSnapshot(
    {
      engagement: content.engagement,
      session: sessionOfFile(content, sessionId),
      items: ofSession(content.tables.agendaItems, sessionId),
      participants: ofSession(content.tables.participants, sessionId),
      branding: brandingOfFile(content),
    },
    version,
  );
}
