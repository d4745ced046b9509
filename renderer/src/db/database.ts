import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ActionItem } from '../../../shared/domain/action-item';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Session } from '../../../shared/domain/session';
import { journalMiddleware } from './safety/journal-middleware';
import { rebuildUnitDigests, unitDigestsTable } from './safety/unit-digests';
import { databaseName } from './database-name';

export { databaseName };

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
    // Version 5 (in the room): the sales hand-off sheet; participants' e-mail addresses, a
    // campaign's type and budget currency, the engagement's currency on the plan, a trend's
    // horizon in years, an objection's journey phase. Existing rows get the empty values.
    this.version(5)
      .stores({ salesHandoffs: 'engagementId' })
      .upgrade(async (tx) => {
        await fillMissing(tx.table('participants'), { email: '' });
        await fillMissing(tx.table('campaigns'), { type: null, budgetCurrency: '' });
        await fillMissing(tx.table('plans'), { currency: '' });
        await fillMissing(tx.table('industryTrends'), { horizonYears: null });
        await fillMissing(tx.table('objections'), { phaseId: '' });
      });
    // Version 6: each engagement's digest, kept up to date with every write (safety/), so a start
    // compares one row per engagement with main's safety copy instead of hashing every row.
    this.version(6)
      .stores({ [unitDigestsTable]: 'unit' })
      .upgrade(async (tx) => await rebuildUnitDigests(tx));
    // Version 8: the deliverables' branding (client logo, accent colour) and the last export
    // choices, one row per engagement each. New tables start empty; no rows change. (Versions 4,
    // 6 and 7 were taken by other changes; Dexie allows the gaps.)
    this.version(8).stores({
      engagementBrandings: 'engagementId',
      documentChoices: 'engagementId',
    });
    // Version 9: objectives removed in a session, so the session summary can say so. A new table
    // starts empty; no rows change.
    this.version(9).stores({ objectiveRemovals: 'id, engagementId, objectiveId' });
  }
}

/** Gives every row of a table the fields it lacks, with the values a new row would start with. */
function fillMissing(table: Table, values: Record<string, unknown>): Promise<number> {
  return table.toCollection().modify((row: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(values)) if (!(field in row)) row[field] = value;
  });
}

export const db = new SessionStudioDatabase();
