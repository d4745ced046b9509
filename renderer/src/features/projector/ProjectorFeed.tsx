import { useEffect, useRef } from 'react';
import { localToday } from '../../../../shared/domain/local-today';
import { useProjectionRecords } from '../../hooks/use-projection-records';
import { projectorControl } from './projector-control';
import { projectedViewFor, toProjection } from './projection/to-projection';
import type { ProjectionRecords } from './projection/records';
import { useProjectorControl } from './use-projector-control';

interface ProjectorFeedProps {
  engagementId: string;
  sessionId: string | null;
  /** The laptop's worksheet; null in facilitator mode. */
  worksheet: string | null;
}

/**
 * Sends the projector what the laptop is on, at every edit, while it is open. Frozen, the picture
 * holds still: the records of the moment of freezing are kept, so hiding private fields still
 * takes effect on the frozen picture, and nothing typed since reaches the room.
 */
export function ProjectorFeed({ engagementId, sessionId, worksheet }: ProjectorFeedProps) {
  const { frozen, hidePrivate, show } = useProjectorControl();
  const records = useProjectionRecords(engagementId, sessionId);
  const { kind } = projectedViewFor(worksheet, show);
  const still = useRef<{ records: ProjectionRecords; kind: typeof kind; now: number } | null>(null);

  useEffect(() => {
    if (!records) return;
    if (!frozen) still.current = null;
    else still.current ??= { records, kind, now: Date.now() };
    const source = still.current ?? { records, kind, now: Date.now() };
    projectorControl.send(
      toProjection(source.kind, source.records, {
        hidePrivate,
        frozen,
        now: source.now,
        today: localToday(),
      }),
    );
  }, [records, kind, frozen, hidePrivate]);

  return null;
}
