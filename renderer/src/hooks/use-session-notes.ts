import { sessionNoteRepository } from '../db/repositories/session-note-repository';
import { useListRows } from './use-list-rows';

/** Every note, decision and parking-lot topic of the session, in order; undefined while loading. */
export function useSessionNotes(sessionId: string) {
  return useListRows(sessionNoteRepository, sessionId);
}
