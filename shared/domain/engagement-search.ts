import type { Engagement } from './engagement';

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
