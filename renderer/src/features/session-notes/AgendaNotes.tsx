import type { AgendaItem } from '../../../../shared/domain/agenda';
import { sessionNoteLimits, type SessionNote } from '../../../../shared/domain/session-note';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { sessionNoteRepository } from '../../db/repositories/session-note-repository';

interface AgendaNotesProps {
  sessionId: string;
  items: readonly AgendaItem[];
  byAgendaItem: ReadonlyMap<string, SessionNote>;
  general: SessionNote | undefined;
}

const parseNote = textParser('Note', sessionNoteLimits.agendaNote);

/** One free note per agenda item, in agenda order, and a general note for everything else. */
export function AgendaNotes({ sessionId, items, byAgendaItem, general }: AgendaNotesProps) {
  return (
    <section aria-labelledby="agenda-notes-title">
      <h3 id="agenda-notes-title">Notes per agenda item</h3>
      {items.length === 0 ? (
        <p className="subtle">
          The agenda is empty. Add its items on Purpose & agenda to take notes item by item.
        </p>
      ) : null}
      {items.map((item, index) => (
        <AutosaveTextField
          key={item.id}
          label={`Notes on item ${index + 1}: ${item.title.trim() || 'untitled item'}`}
          className="field--wide"
          multiline
          rows={3}
          placeholder="What was said, what was agreed, what is still open"
          value={byAgendaItem.get(item.id)?.text ?? ''}
          parse={parseNote}
          save={(text) => sessionNoteRepository.saveAgendaNote(sessionId, item, text)}
        />
      ))}
      <AutosaveTextField
        label="General notes"
        className="field--wide"
        multiline
        rows={3}
        placeholder="Anything that belongs to no agenda item"
        value={general?.text ?? ''}
        parse={parseNote}
        save={(text) => sessionNoteRepository.saveAgendaNote(sessionId, null, text)}
      />
    </section>
  );
}
