import { useLiveQuery } from 'dexie-react-hooks';
import { engagementRepository } from '../db/repositories/engagement-repository';

/** Every present engagement, most recently opened first; undefined while loading. */
export function useEngagements() {
  return useLiveQuery(
    () =>
      engagementRepository
        .listPresent()
        .then((list) => list.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt)),
    [],
  );
}
