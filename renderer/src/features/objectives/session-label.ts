import type { Session } from '../../../../shared/domain/session';

/** "Kick-off session · 2026-11-30", as the session switcher shows it. */
export function sessionLabel(sessions: readonly Session[], sessionId: string): string {
  const session = sessions.find((candidate) => candidate.id === sessionId);
  return session ? `${session.title} · ${session.date}` : 'a session no longer on this laptop';
}
