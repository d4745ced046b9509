import {
  maxParticipants,
  participantEditableSchema,
  participantSchema,
  type Participant,
  type ParticipantEditable,
} from '../../../../shared/domain/participant';
import { db } from '../database';
import { createListRepository } from './list-repository';

const list = createListRepository<Participant, ParticipantEditable>({
  tableName: 'participants',
  parentKey: 'sessionId',
  schema: participantSchema,
  editableSchema: participantEditableSchema,
  defaults: () => ({ name: '', title: '', organisation: '', role: 'other', attendance: 'invited' }),
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
  /** Everyone invited to any of the engagement's sessions, for owner pickers. */
  listForEngagement(engagementId: string): Promise<Participant[]> {
    return db
      .table<Participant, string>('participants')
      .where('engagementId')
      .equals(engagementId)
      .sortBy('position');
  },
};
