import { useLiveQuery } from 'dexie-react-hooks';
import { engagementRepository } from '../db/repositories/engagement-repository';

/** The engagement, null when it does not exist (or was deleted), undefined while loading. */
export function useEngagement(id: string) {
  return useLiveQuery(() => engagementRepository.get(id), [id]);
}
