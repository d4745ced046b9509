import type { AgendaItem } from '../../../../../shared/domain/agenda';

/** What a capture is tied to: an agenda item, or null for the session as a whole. */
export type CaptureTarget = Pick<AgendaItem, 'id' | 'title'> | null;

export function targetTitle(item: Pick<AgendaItem, 'title'>): string {
  return item.title.trim() || 'Untitled item';
}

/** "Retail channel review", or the session when nothing runs. */
export function describeTarget(target: CaptureTarget): string {
  return target ? targetTitle(target) : 'the session (no agenda item is running)';
}

/** How a closed capture ended: its row (null when nothing was saved) and whether it is empty. */
export interface CaptureOutcome {
  id: string | null;
  empty: boolean;
}
