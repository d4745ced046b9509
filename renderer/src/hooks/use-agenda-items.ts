import { useLiveQuery } from 'dexie-react-hooks';
import { agendaRepository } from '../db/repositories/agenda-repository';

export function useAgendaItems(sessionId: string) {
  return useLiveQuery(() => agendaRepository.listForSession(sessionId), [sessionId]);
}
