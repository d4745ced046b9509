import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { takeEngagementsReadAtStart } from '../db/safety/start-safety-copy';

const newestOpenedFirst = (list: Engagement[]) =>
  list.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);

/**
 * Every present engagement, most recently opened first; undefined while loading. The first home
 * after a start shows the list the start read beside its check until its own query answers.
 */
export function useEngagements() {
  const [readAtStart] = useState(() => {
    const list = takeEngagementsReadAtStart();
    return list ? newestOpenedFirst(list) : undefined;
  });
  return useLiveQuery(
    () => engagementRepository.listPresent().then(newestOpenedFirst),
    [],
    readAtStart,
  );
}
