import { agendaRepository } from '../db/repositories/agenda-repository';
import { useListRows } from './use-list-rows';

export function useAgendaItems(sessionId: string) {
  return useListRows(agendaRepository, sessionId);
}
