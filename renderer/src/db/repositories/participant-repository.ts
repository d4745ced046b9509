import {
  maxParticipants,
  participantEditableSchema,
  participantSchema,
  type Participant,
  type ParticipantEditable,
} from '../../../../shared/domain/participant';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { newId, validate } from './validation';

const tableName = 'participants';

const emptyParticipant = (): ParticipantEditable => ({
  name: '',
  title: '',
  organisation: '',
  email: '',
  role: 'other',
  attendance: 'invited',
});

const list = createListRepository<Participant, ParticipantEditable>({
  tableName,
  parentKey: 'sessionId',
  schema: participantSchema,
  editableSchema: participantEditableSchema,
  defaults: emptyParticipant,
  maxRows: maxParticipants,
  tooManyMessage: `A session can have at most ${maxParticipants} participants.`,
});

/** The people invited to a session, ordered; action items offer them as owners. */
export const participantRepository = {
  ...list,
  listForSession: list.list,
  /** Adds someone to a session of the engagement. */
  create(
    engagementId: string,
    sessionId: string,
    input: Partial<ParticipantEditable> = {},
  ): Promise<string> {
    return list.add(sessionId, input, { engagementId });
  },
  /**
   * Adds several people at once (a pasted list), in one transaction, up to the session's limit;
   * returns how many were added, so the caller can hand the rest back to the consultant.
   */
  async createMany(
    engagementId: string,
    sessionId: string,
    inputs: readonly Partial<ParticipantEditable>[],
  ): Promise<number> {
    const table = db.table<Participant, string>(tableName);
    return trackSave(
      db.transaction('rw', table, async () => {
        const existing = await table.where('sessionId').equals(sessionId).toArray();
        const room = Math.max(0, maxParticipants - existing.length);
        const last = existing.reduce((max, row) => Math.max(max, row.position), 0);
        const now = Date.now();
        const rows = inputs.slice(0, room).map((input, index) =>
          validate(participantSchema, {
            ...emptyParticipant(),
            ...input,
            id: newId(),
            engagementId,
            sessionId,
            position: last + index + 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await table.bulkAdd(rows);
        return rows.length;
      }),
    );
  },
  /** Everyone invited to any of the engagement's sessions, for owner pickers. */
  listForEngagement(engagementId: string): Promise<Participant[]> {
    return db
      .table<Participant, string>(tableName)
      .where('engagementId')
      .equals(engagementId)
      .sortBy('position');
  },
};
