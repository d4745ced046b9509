import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem } from '../../../shared/domain/agenda';
import { agendaRepository } from '../db/repositories/agenda-repository';

/** The agenda of each given session, by session id (action items pick their source from it). */
export function useSessionAgendas(sessionIds: readonly string[]) {
  const key = sessionIds.join('|');
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split('|');
    const agendas = await Promise.all(ids.map((id) => agendaRepository.listForSession(id)));
    return new Map<string, AgendaItem[]>(ids.map((id, index) => [id, agendas[index] ?? []]));
  }, [key]);
}
