import type { EngagementDetails } from '../domain/engagement';
import type { Session } from '../domain/session';
import { childTableNames, type EngagementFileContent, type EngagementFileTables } from './format';
import type { ImportPlan } from './plan-import';

/** The first session as the New engagement form asks for it. */
export interface FirstSessionInput {
  title: string;
  date: string;
  location: string;
  startTime: string;
  lengthMinutes: number;
}

/** What every way of starting an engagement is given: the form's answers, a clock and ids. */
export interface EngagementStart {
  details: EngagementDetails;
  firstSession: FirstSessionInput;
  now: number;
  newId: () => string;
}

/** Every table, empty: what a new engagement has before anything is written in it. */
export function emptyTables(): EngagementFileTables {
  return Object.fromEntries(
    childTableNames.map((name) => [name, []]),
  ) as unknown as EngagementFileTables;
}

/** The session the new engagement starts with, with nothing written in it yet. */
export function newSessionRow(engagementId: string, id: string, start: EngagementStart): Session {
  return {
    ...start.firstSession,
    id,
    engagementId,
    purpose: '',
    ultimateGoal: '',
    immediateGoals: '',
    createdAt: start.now,
    updatedAt: start.now,
  };
}

/**
 * The rows to write for a new engagement made of `content`: the engagement row becomes the one the
 * consultant described (new details, new dates, active), everything else stays as given.
 */
export function planNewEngagement(
  content: EngagementFileContent,
  start: EngagementStart,
): ImportPlan {
  const { now } = start;
  const engagement = {
    ...content.engagement,
    ...start.details,
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: now,
    archivedAt: 0,
    deletedAt: 0,
  };
  return { engagementId: engagement.id, rows: { engagements: [engagement], ...content.tables } };
}
