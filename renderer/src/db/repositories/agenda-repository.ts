import {
  agendaItemEditableSchema,
  agendaItemSchema,
  type AgendaItem,
  type AgendaItemEditable,
} from '../../../../shared/domain/agenda';
import { limits } from '../../../../shared/domain/limits';
import { createListRepository } from './list-repository';

const list = createListRepository<AgendaItem, AgendaItemEditable>({
  tableName: 'agendaItems',
  parentKey: 'sessionId',
  schema: agendaItemSchema,
  editableSchema: agendaItemEditableSchema,
  defaults: () => ({ title: '', minutes: 15, owner: '', actualMinutes: null }),
  maxRows: limits.agendaItems,
  tooManyMessage: `An agenda can have at most ${limits.agendaItems} items.`,
});

/** The session's timed agenda, ordered by position. */
export const agendaRepository = {
  ...list,
  listForSession: list.list,
};
