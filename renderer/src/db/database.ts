import Dexie, { type EntityTable } from 'dexie';
import type { ActionItem } from '../../../shared/domain/action-item';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Session } from '../../../shared/domain/session';
import { journalMiddleware } from './safety/journal-middleware';

export const databaseName = 'session-studio';

/**
 * All client data, local to this laptop. Every schema change is a new version with an upgrade
 * function, tested against data written by the version before it.
 */
export class SessionStudioDatabase extends Dexie {
  engagements!: EntityTable<Engagement, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;

  constructor(name = databaseName) {
    super(name, { chromeTransactionDurability: 'strict' });
    // Every committed change also goes to main's safety copy (renderer/src/db/safety).
    this.use(journalMiddleware);
    this.version(1).stores({
      engagements: 'id, deletedAt, lastOpenedAt',
      sessions: 'id, engagementId',
      agendaItems: 'id, sessionId',
    });
    // Version 2: the worksheets of the method. Tables without a typed property above are read
    // through db.table<T>('name') in their repository. New tables start empty; no rows change.
    this.version(2).stores({
      // Session worksheets
      participants: 'id, sessionId',
      sessionNotes: 'id, sessionId',
      actionItems: 'id, engagementId, sessionId',
      // Situation analysis
      salesStages: 'id, engagementId',
      competitors: 'id, engagementId',
      industryTrends: 'id, engagementId',
      // Objectives
      objectives: 'id, engagementId',
      objectiveRevisions: 'id, objectiveId, engagementId',
      // Sales & marketing alignment
      personas: 'id, engagementId',
      objections: 'id, engagementId',
      perceptions: 'id, engagementId',
      // Self-critique
      critiqueEntries: 'id, engagementId',
      critiqueSheets: 'engagementId',
      // Brand personality
      brandProfiles: 'engagementId',
      brandTraits: 'id, engagementId',
      brandChannels: 'id, engagementId',
      // Customer journey, planner and campaigns
      journeyPhases: 'id, engagementId',
      touchPoints: 'id, engagementId, phaseId',
      emotionScores: 'id, engagementId, phaseId',
      plans: 'engagementId',
      campaigns: 'id, engagementId, phaseId',
    });
    // Version 3: agenda items record the minutes they actually took (facilitator mode);
    // participants are indexed by engagement too, so owners can be offered across sessions.
    this.version(3)
      .stores({
        participants: 'id, sessionId, engagementId',
        // Facilitator mode's running clock, one per session, so a reload resumes it.
        facilitatorClocks: 'sessionId, engagementId',
      })
      .upgrade(async (tx) => {
        await tx
          .table('agendaItems')
          .toCollection()
          .modify((item: Record<string, unknown>) => {
            if (item.actualMinutes === undefined) item.actualMinutes = null;
          });
        const sessions = await tx.table<Session, string>('sessions').toArray();
        const engagementOf = new Map(sessions.map((session) => [session.id, session.engagementId]));
        await tx
          .table('participants')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (row.engagementId === undefined)
              row.engagementId = engagementOf.get(String(row.sessionId)) ?? '';
          });
      });
    // Version 4: the deliverables' branding (client logo, accent colour) and the last export
    // choices, one row per engagement each. New tables start empty; no rows change.
    this.version(4).stores({
      engagementBrandings: 'engagementId',
      documentChoices: 'engagementId',
    });
  }
}

export const db = new SessionStudioDatabase();
