import { useLiveQuery } from 'dexie-react-hooks';
import { facilitatorClockRepository } from '../db/repositories/facilitator-clock-repository';

/** The session's stored facilitator clock; null before it was first used, undefined while loading. */
export function useFacilitatorClock(sessionId: string) {
  return useLiveQuery(() => facilitatorClockRepository.get(sessionId), [sessionId]);
}
