import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { recentEngagementLimit, type RecentEngagement } from '../../../shared/ipc/shell-schemas';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { platformApi } from '../platform/session-studio-api';
import { useQuietMoment } from './use-quiet-moment';

/**
 * Keeps File › Open Recent in step with the engagements opened last. The list lives in the
 * database like all client data; main only holds the names it shows, in memory.
 */
export function useRecentEngagementsMenu(enabled: boolean): void {
  // Read once the home is drawn: the menu can wait a quiet moment, the home's first frame cannot.
  const reading = useQuietMoment(enabled);
  const recent = useLiveQuery(
    async (): Promise<RecentEngagement[] | undefined> =>
      reading
        ? (await engagementRepository.listRecent(recentEngagementLimit)).map((engagement) => ({
            id: engagement.id,
            label: `${engagement.clientName} — ${engagement.title}`.slice(0, 300),
          }))
        : undefined,
    [reading],
  );
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || recent === undefined) return;
    const key = JSON.stringify(recent);
    if (key === sent.current) return;
    sent.current = key;
    void platformApi().setRecentEngagements(recent);
  }, [enabled, recent]);
}
