import {
  sessionListLabels,
  sessionNoteLimits,
  type SessionListKind,
  type SessionNote,
} from '../../../../shared/domain/session-note';
import { AutosaveTextField } from '../../components/AutosaveField';
import { EditableListSection } from '../../components/EditableListSection';
import { textParser } from '../../components/field-parsers';
import { ListRow } from '../../components/ListRow';
import { removedName, rowName } from '../../components/RowControls';
import { sessionNoteRepository } from '../../db/repositories/session-note-repository';

interface NoteEntryListProps {
  sessionId: string;
  kind: SessionListKind;
  title: string;
  entries: readonly SessionNote[] | undefined;
  emptyText: string;
  addLabel: string;
  placeholder: string;
}

/** An ordered list of one-paragraph entries: the decisions taken, or the parking lot. */
export function NoteEntryList({
  sessionId,
  kind,
  title,
  entries,
  emptyText,
  addLabel,
  placeholder,
}: NoteEntryListProps) {
  const noun = sessionListLabels[kind].one;
  return (
    <EditableListSection
      title={title}
      items={entries}
      emptyText={emptyText}
      addLabel={addLabel}
      onAdd={() => sessionNoteRepository.addEntry(sessionId, kind)}
      onReorder={(ids) => sessionNoteRepository.reorder(sessionId, ids)}
      repository={sessionNoteRepository}
      describe={(entry) => removedName(entry.text, noun.toLocaleLowerCase('en'))}
      renderRow={(entry, row) => {
        const name = rowName(entry.text, noun.toLocaleLowerCase('en'), row.controls.index);
        return (
          <ListRow name={name} row={row} data-testid={`${kind}-row`}>
            {entry.agendaItemId !== '' ? (
              <p className="note-entry__item subtle" data-testid="captured-under">
                Captured during “{entry.agendaItemTitle.trim() || 'an agenda item'}”
              </p>
            ) : null}
            <AutosaveTextField
              label={`${noun} ${row.controls.index + 1}`}
              hideLabel
              multiline
              rows={2}
              placeholder={placeholder}
              autoFocus={row.autoFocus}
              value={entry.text}
              parse={textParser(noun, sessionNoteLimits.listEntry)}
              save={(text) => sessionNoteRepository.update(entry.id, { text })}
            />
          </ListRow>
        );
      }}
    />
  );
}
