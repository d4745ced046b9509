import { z } from 'zod';
import { limits } from './limits';
import { entityId, isoDate, optionalText, requiredName, timestamp } from './text-fields';

/** What the consultant types to start an engagement: one client project. */
export const engagementDetailsSchema = z.object({
  clientName: requiredName('Client name', limits.name),
  title: requiredName('Engagement title', limits.name),
  industry: optionalText('Industry', limits.name),
  consultantName: optionalText('Consultant', limits.name),
  firmName: optionalText('Firm', limits.name),
  startDate: isoDate,
});
export type EngagementDetails = z.infer<typeof engagementDetailsSchema>;

export const engagementSchema = engagementDetailsSchema.extend({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  lastOpenedAt: timestamp,
  /** 0 while active; the archive time otherwise (an indexable number, unlike a boolean). */
  archivedAt: timestamp,
  /** 0 while present; set when deleted, so the deletion can be undone before it is purged. */
  deletedAt: timestamp,
});
export type Engagement = z.infer<typeof engagementSchema>;

/** What a search compares: the typed text, trimmed and lowercased ('' matches everything). */
export function searchNeedle(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/**
 * An engagement's client and title, lowercased once, for every keystroke of a search to compare
 * against without lowercasing the whole list again. A needle never holds a line break (a search
 * field has one line), so it cannot match across the two.
 */
export function engagementSearchKey(engagement: Pick<Engagement, 'clientName' | 'title'>): string {
  return `${engagement.clientName.toLocaleLowerCase()}\n${engagement.title.toLocaleLowerCase()}`;
}

/** Case-insensitive match on client or title, the two things a consultant remembers. */
export function engagementMatches(
  engagement: Pick<Engagement, 'clientName' | 'title'>,
  query: string,
): boolean {
  const needle = searchNeedle(query);
  return needle === '' || engagementSearchKey(engagement).includes(needle);
}
