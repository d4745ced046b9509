export type Route =
  | { name: 'home'; creating: boolean; showArchived: boolean }
  | { name: 'engagement'; engagementId: string; worksheet: string; sessionId: string | null }
  | { name: 'facilitate'; engagementId: string; sessionId: string }
  | { name: 'settings' }
  | { name: 'backups' };

/** Hash routes, so a reload lands where the consultant was: #/, #/new, #/e/<id>/<worksheet>/<session>. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'e' && parts[1] && parts[2] === 'facilitate' && parts[3]) {
    // Facilitator mode: #/e/<id>/facilitate/<session>, full window, no worksheet around it.
    return { name: 'facilitate', engagementId: parts[1], sessionId: parts[3] };
  }
  if (parts[0] === 'backups') return { name: 'backups' };
  if (parts[0] === 'e' && parts[1]) {
    return {
      name: 'engagement',
      engagementId: parts[1],
      worksheet: parts[2] ?? 'purpose-agenda',
      sessionId: parts[3] ?? null,
    };
  }
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'home', creating: parts[0] === 'new', showArchived: parts[0] === 'archived' };
}

export function routeToHash(route: Route): string {
  if (route.name === 'settings') return '#/settings';
  if (route.name === 'home')
    return route.creating ? '#/new' : route.showArchived ? '#/archived' : '#/';
  if (route.name === 'backups') return '#/backups';
  if (route.name === 'facilitate')
    return `#/e/${encodeURIComponent(route.engagementId)}/facilitate/${encodeURIComponent(route.sessionId)}`;
  const session = route.sessionId ? `/${encodeURIComponent(route.sessionId)}` : '';
  return `#/e/${encodeURIComponent(route.engagementId)}/${encodeURIComponent(route.worksheet)}${session}`;
}
