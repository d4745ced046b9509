import type { Session } from '../../shared/domain/session';
import { CliError } from './cli-error';

const described = (session: Session) => `“${session.title}” (${session.date}, id ${session.id})`;
const listOf = (sessions: readonly Session[]) =>
  sessions.map((session) => `  ${described(session)}`).join('\n');

/**
 * The session a summary or agenda is for: the one named by id or by title (any case), or the only
 * one. When the name fits none or several, or is left out among several, the sessions are listed.
 */
export function chooseSession(sessions: readonly Session[], wanted: string | null): Session {
  if (sessions.length === 0)
    throw new CliError('The engagement has no session yet, so it has no summary or agenda.');
  if (wanted === null) {
    if (sessions.length === 1) return sessions[0] as Session;
    throw new CliError(
      `The engagement has ${sessions.length} sessions; name one with --session <title or id>:\n${listOf(sessions)}`,
    );
  }
  const byId = sessions.find((session) => session.id === wanted);
  if (byId) return byId;
  const key = wanted.trim().toLocaleLowerCase();
  const byTitle = sessions.filter((session) => session.title.trim().toLocaleLowerCase() === key);
  if (byTitle.length === 1) return byTitle[0] as Session;
  if (byTitle.length > 1)
    throw new CliError(
      `${byTitle.length} sessions are called “${wanted}”; name one by its id:\n${listOf(byTitle)}`,
    );
  throw new CliError(`No session is called “${wanted}”. The sessions are:\n${listOf(sessions)}`);
}
