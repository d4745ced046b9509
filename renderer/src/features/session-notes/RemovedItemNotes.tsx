import { sessionNoteLimits, type SessionNote } from '../../../../shared/domain/session-note';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { RemovalNotices } from '../../components/RemovalUndo';
import { sessionNoteRepository } from '../../db/repositories/session-note-repository';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';

const titleOf = (note: SessionNote) => note.agendaItemTitle.trim() || 'an untitled item';

/**
 * Notes written for agenda items that were later removed: kept, editable, and removed only on
 * purpose (with undo), so deleting an agenda item never silently deletes what was said about it.
 */
export function RemovedItemNotes({ notes }: { notes: readonly SessionNote[] }) {
  const removal = useUndoableRemoval(sessionNoteRepository);
  return (
    <>
      {notes.length > 0 ? (
        <section aria-labelledby="removed-notes-title" className="removed-notes">
          <h3 id="removed-notes-title">Notes of removed agenda items</h3>
          <p className="subtle">
            These agenda items are no longer on the agenda; their notes are kept here. Copy what
            matters into the notes above, or remove a note you no longer need.
          </p>
          {notes.map((note) => (
            <div key={note.id} className="removed-notes__note">
              <AutosaveTextField
                label={`Notes on removed item “${titleOf(note)}”`}
                className="field--wide"
                multiline
                rows={3}
                value={note.text}
                parse={textParser('Note', sessionNoteLimits.agendaNote)}
                save={(text) => sessionNoteRepository.update(note.id, { text })}
              />
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => void removal.remove(note.id)}
              >
                Remove note on “{titleOf(note)}”
              </button>
            </div>
          ))}
        </section>
      ) : null}
      <RemovalNotices removal={removal} describe={(note) => `the note on “${titleOf(note)}”`} />
    </>
  );
}
