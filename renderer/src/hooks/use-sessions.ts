import { useLiveQuery } from 'dexie-react-hooks';
import { sessionRepository } from '../db/repositories/session-repository';

export function useSessions(engagementId: string) {
  return useLiveQuery(() => sessionRepository.listForEngagement(engagementId), [engagementId]);
}
