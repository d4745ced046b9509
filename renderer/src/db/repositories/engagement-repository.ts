import type { Engagement, EngagementDetails } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import type { FirstSessionInput } from '../../../../shared/engagement-file/start-engagement';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate, ValidationError } from './validation';

/**
 * What a new or changed engagement is checked against, loaded at the first such write rather than
 * with the home: the home lists the engagements before any schema of client data is evaluated.
 */
async function engagementChecks() {
  const [engagement, session, journeyPhases] = await Promise.all([
    import('../../../../shared/domain/engagement'),
    import('../../../../shared/domain/session'),
    import('./journey-phase-repository'),
  ]);
  return {
    engagementDetailsSchema: engagement.engagementDetailsSchema,
    engagementSchema: engagement.engagementSchema,
    sessionSchema: session.sessionSchema,
    defaultJourneyPhaseRows: journeyPhases.defaultJourneyPhaseRows,
  };
}

/** How long a deleted engagement can be brought back before it is purged. */
export const undoWindowMs = 8_000;

async function requireEngagement(id: string): Promise<Engagement> {
  const engagement = await db.engagements.get(id);
  if (!engagement || engagement.deletedAt !== 0)
    throw new ValidationError('This engagement no longer exists.');
  return engagement;
}

export const engagementRepository = {
  /** Creates the engagement and its first session together: both or neither. */
  async create(
    details: EngagementDetails,
    firstSession: FirstSessionInput,
  ): Promise<{ engagementId: string; sessionId: string }> {
    const { engagementDetailsSchema, engagementSchema, sessionSchema, defaultJourneyPhaseRows } =
      await engagementChecks();
    const now = Date.now();
    const engagement = validate(engagementSchema, {
      ...validate(engagementDetailsSchema, details),
      id: newId(),
      createdAt: now,
      updatedAt: now,
      lastOpenedAt: now,
      archivedAt: 0,
      deletedAt: 0,
    });
    const session: Session = validate(sessionSchema, {
      ...firstSession,
      id: newId(),
      engagementId: engagement.id,
      purpose: '',
      ultimateGoal: '',
      immediateGoals: '',
      createdAt: now,
      updatedAt: now,
    });
    const journeyPhases = db.table('journeyPhases');
    await trackSave(
      db.transaction('rw', db.engagements, db.sessions, journeyPhases, async () => {
        await db.engagements.add(engagement);
        await db.sessions.add(session);
        // A new engagement's journey map starts from the default phases, ready to rename.
        await journeyPhases.bulkAdd(defaultJourneyPhaseRows(engagement.id, now));
      }),
    );
    return { engagementId: engagement.id, sessionId: session.id };
  },

  /** Changes some details; the whole record is re-validated before anything is written. */
  async updateDetails(id: string, patch: Partial<EngagementDetails>): Promise<void> {
    const { engagementSchema } = await engagementChecks();
    await trackSave(
      db.transaction('rw', db.engagements, async () => {
        const current = await requireEngagement(id);
        const next = validate(engagementSchema, { ...current, ...patch, updatedAt: Date.now() });
        await db.engagements.put(next);
      }),
    );
  },

  async markOpened(id: string): Promise<void> {
    await db.engagements.update(id, { lastOpenedAt: Date.now() });
  },

  async setArchived(id: string, archived: boolean): Promise<void> {
    await trackSave(
      db.engagements.update(id, { archivedAt: archived ? Date.now() : 0, updatedAt: Date.now() }),
    );
  },

  /** Hides the engagement at once; it is purged only after the undo window has passed. */
  async softDelete(id: string): Promise<void> {
    await trackSave(db.engagements.update(id, { deletedAt: Date.now() }));
  },

  async undoDelete(id: string): Promise<void> {
    await trackSave(db.engagements.update(id, { deletedAt: 0 }));
  },

  /** Removes engagements deleted longer ago than the undo window, with everything they hold. */
  async purgeDeleted(now = Date.now()): Promise<number> {
    const expired = await db.engagements
      .where('deletedAt')
      .between(1, now - undoWindowMs, true, true)
      .primaryKeys();
    if (expired.length === 0) return 0;
    await db.transaction('rw', db.tables, async () => {
      const sessionIds = await db.sessions.where('engagementId').anyOf(expired).primaryKeys();
      // Every worksheet's rows go with the engagement: tables keyed or indexed by engagement,
      // and session tables by the engagement's sessions.
      for (const table of db.tables) {
        if (table === db.engagements) continue;
        const { primKey, idxByName } = table.schema;
        if (primKey.name === 'engagementId') await table.bulkDelete(expired);
        if (idxByName.engagementId) await table.where('engagementId').anyOf(expired).delete();
        if (idxByName.sessionId) await table.where('sessionId').anyOf(sessionIds).delete();
      }
      await db.engagements.bulkDelete(expired);
    });
    return expired.length;
  },

  /** Every engagement that is not deleted; small rows, so the home filters them in memory. */
  /** The engagements opened last, newest first, archived and deleted ones left out. */
  listRecent(limit: number): Promise<Engagement[]> {
    return db.engagements
      .orderBy('lastOpenedAt')
      .reverse()
      .filter((engagement) => engagement.deletedAt === 0 && engagement.archivedAt === 0)
      .limit(limit)
      .toArray();
  },

  listPresent(): Promise<Engagement[]> {
    return db.engagements.where('deletedAt').equals(0).toArray();
  },

  async get(id: string): Promise<Engagement | null> {
    const engagement = await db.engagements.get(id);
    return engagement && engagement.deletedAt === 0 ? engagement : null;
  },
};
