import { useLiveQuery } from 'dexie-react-hooks';
import { useState, useSyncExternalStore } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { engagementWritesSoFar, onEngagementsWritten } from '../db/engagement-writes';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { takeEngagementsReadAtStart } from '../db/safety/start-safety-copy';

const anyEngagementWritten = () => engagementWritesSoFar() > 0;

const newestOpenedFirst = (list: Engagement[]) =>
  list.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);

/**
 * Every present engagement, most recently opened first; undefined while loading. The first home
 * after a start shows the list the start read beside its check, and reads it again only once
 * something writes engagements: a thousand of them cost tens of milliseconds to read, which the
 * list's first frame would otherwise wait for.
 */
export function useEngagements() {
  const [readAtStart] = useState(() => {
    const list = takeEngagementsReadAtStart();
    // Nothing writes before the modules load; a write since then may have changed it.
    return list && engagementWritesSoFar() === 0 ? newestOpenedFirst(list) : undefined;
  });
  const written = useSyncExternalStore(onEngagementsWritten, anyEngagementWritten);
  const live = readAtStart === undefined || written;
  const listed = useLiveQuery(
    () => (live ? engagementRepository.listPresent().then(newestOpenedFirst) : undefined),
    [live],
  );
  return listed ?? readAtStart;
}
