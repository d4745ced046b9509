import {
  compareSessions,
  sessionEditableSchema,
  sessionSchema,
  type Session,
  type SessionEditable,
} from '../../../../shared/domain/session';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate, ValidationError } from './validation';

export const sessionRepository = {
  /** Adds a later session (a quarterly refresh…) to an engagement. */
  async create(
    engagementId: string,
    input: Pick<Session, 'title' | 'date' | 'location' | 'startTime' | 'lengthMinutes'>,
  ): Promise<string> {
    const now = Date.now();
    const session = validate(sessionSchema, {
      ...input,
      id: newId(),
      engagementId,
      purpose: '',
      ultimateGoal: '',
      immediateGoals: '',
      createdAt: now,
      updatedAt: now,
    });
    await trackSave(db.sessions.add(session));
    return session.id;
  },

  /** Writes only the changed fields, after checking them against the whole record. */
  async update(id: string, patch: Partial<SessionEditable>): Promise<void> {
    const changes = validate(sessionEditableSchema.partial(), patch);
    await trackSave(
      db.transaction('rw', db.sessions, async () => {
        const current = await db.sessions.get(id);
        if (!current) throw new ValidationError('This session no longer exists.');
        validate(sessionSchema, { ...current, ...changes });
        await db.sessions.update(id, { ...changes, updatedAt: Date.now() });
      }),
    );
  },

  listForEngagement(engagementId: string): Promise<Session[]> {
    return db.sessions
      .where('engagementId')
      .equals(engagementId)
      .toArray()
      .then((sessions) => sessions.sort(compareSessions));
  },

  get(id: string): Promise<Session | undefined> {
    return db.sessions.get(id);
  },
};
