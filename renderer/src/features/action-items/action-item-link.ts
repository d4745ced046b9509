import { routeToHash } from '../../app/routes';

// The row to bring into view when the Action items worksheet opens from a link elsewhere;
// kept in memory only, since it matters for the one navigation that asked for it.
let pendingFocus: string | null = null;

/** The address of the Action items worksheet, for a link from another worksheet. */
export function actionItemsHref(engagementId: string, sessionId: string): string {
  return routeToHash({ name: 'engagement', engagementId, worksheet: 'action-items', sessionId });
}

export function requestActionItemFocus(actionItemId: string): void {
  pendingFocus = actionItemId;
}

export function peekActionItemFocus(): string | null {
  return pendingFocus;
}

export function clearActionItemFocus(): void {
  pendingFocus = null;
}
