import type { AgendaItem } from '../../../../shared/domain/agenda';
import {
  sessionListLabels,
  sessionNoteEditableSchema,
  sessionNoteLimits,
  sessionNoteSchema,
  type SessionListKind,
  type SessionNote,
  type SessionNoteEditable,
} from '../../../../shared/domain/session-note';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { newId, validate, ValidationError } from './validation';

const tableName = 'sessionNotes';
const table = () => db.table<SessionNote, string>(tableName);
const tooManyNotes = `A session can hold at most ${sessionNoteLimits.notesPerSession.toLocaleString('en')} notes.`;

const list = createListRepository<SessionNote, SessionNoteEditable>({
  tableName,
  parentKey: 'sessionId',
  schema: sessionNoteSchema,
  editableSchema: sessionNoteEditableSchema,
  defaults: () => ({ text: '' }),
  maxRows: sessionNoteLimits.notesPerSession,
  tooManyMessage: tooManyNotes,
});

function nextPosition(rows: readonly SessionNote[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position), 0) + 1;
}

/**
 * A session's notes, decisions and parking lot, all in one table told apart by `kind`. Updates,
 * removal with undo and reordering come from the list repository; a reorder of one kind leaves
 * the others' relative order as it was.
 */
export const sessionNoteRepository = {
  ...list,
  listForSession: list.list,

  /**
   * Appends a decision, parking-lot topic or insight, within that list's own limit; `item` is the
   * agenda item it was captured under in facilitator mode (none: the session as a whole).
   */
  async addEntry(
    sessionId: string,
    kind: SessionListKind,
    text = '',
    item: Pick<AgendaItem, 'id' | 'title'> | null = null,
  ): Promise<string> {
    const count = (await list.list(sessionId)).filter((note) => note.kind === kind).length;
    if (count >= sessionNoteLimits.entriesPerList)
      throw new ValidationError(
        `A session can have at most ${sessionNoteLimits.entriesPerList} ${sessionListLabels[kind].many}.`,
      );
    return list.add(
      sessionId,
      { text },
      { kind, agendaItemId: item?.id ?? '', agendaItemTitle: item?.title ?? '' },
    );
  },

  /**
   * Writes the note of one agenda item (or the general note, for null), creating it on the first
   * keystroke. Read and write share one transaction, so two quick saves never make two notes.
   */
  async saveAgendaNote(
    sessionId: string,
    item: Pick<AgendaItem, 'id' | 'title'> | null,
    text: string,
  ): Promise<void> {
    const agendaItemId = item?.id ?? '';
    await trackSave(
      db.transaction('rw', table(), async () => {
        const rows = await table().where('sessionId').equals(sessionId).toArray();
        const current = rows.find(
          (row) => row.kind === 'agenda-note' && row.agendaItemId === agendaItemId,
        );
        const now = Date.now();
        if (current) {
          await table().put(
            validate(sessionNoteSchema, {
              ...current,
              text,
              agendaItemTitle: item?.title ?? current.agendaItemTitle,
              updatedAt: now,
            }),
          );
          return;
        }
        if (rows.length >= sessionNoteLimits.notesPerSession)
          throw new ValidationError(tooManyNotes);
        await table().add(
          validate(sessionNoteSchema, {
            id: newId(),
            sessionId,
            kind: 'agenda-note',
            agendaItemId,
            agendaItemTitle: item?.title ?? '',
            text,
            position: nextPosition(rows),
            createdAt: now,
            updatedAt: now,
          }),
        );
      }),
    );
  },
};
