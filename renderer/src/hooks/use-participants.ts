import { useLiveQuery } from 'dexie-react-hooks';
import { participantRepository } from '../db/repositories/participant-repository';
import { useListRows } from './use-list-rows';

/** The session's participants, in order; undefined while loading. */
export function useParticipants(sessionId: string) {
  return useListRows(participantRepository, sessionId);
}

/** Everyone invited to any session of the engagement (owner pickers); undefined while loading. */
export function useEngagementParticipants(engagementId: string) {
  return useLiveQuery(() => participantRepository.listForEngagement(engagementId), [engagementId]);
}
