import { groupSessionNotes } from '../../../../shared/domain/session-note';
import { useAgendaItems } from '../../hooks/use-agenda-items';
import { useSessionNotes } from '../../hooks/use-session-notes';
import { SessionSummaryExport } from '../document-exports/SessionSummaryExport';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { AgendaNotes } from './AgendaNotes';
import { NoteEntryList } from './NoteEntryList';
import { RemovedItemNotes } from './RemovedItemNotes';
import './session-notes.css';

export function SessionNotesWorksheet({ engagement, session }: WorksheetProps) {
  const items = useAgendaItems(session.id);
  const notes = useSessionNotes(session.id);
  const loaded = items !== undefined && notes !== undefined;
  const grouped = loaded
    ? groupSessionNotes(
        notes,
        items.map((item) => item.id),
      )
    : undefined;

  return (
    <section className="worksheet session-notes" aria-labelledby="session-notes-title">
      <div className="worksheet-title-row">
        <h2 id="session-notes-title">Notes & decisions</h2>
        <SessionSummaryExport engagement={engagement} session={session} />
      </div>
      <p className="worksheet-hint">
        Write down what was said under each agenda item, and every decision in one plain sentence
        (who decided what). Park topics that derail the agenda in the parking lot, so they are taken
        up later rather than lost. Decisions go into the session summary.
      </p>
      {!loaded || !grouped ? (
        <p className="subtle">Loading the notes…</p>
      ) : (
        <>
          <AgendaNotes
            sessionId={session.id}
            items={items}
            byAgendaItem={grouped.byAgendaItem}
            general={grouped.general}
          />
          <NoteEntryList
            sessionId={session.id}
            kind="decision"
            title="Decisions taken"
            entries={grouped.decisions}
            emptyText="No decisions yet."
            addLabel="Add decision"
            placeholder="e.g. We focus Q1 on existing customers in the DACH region (agreed by Ana)"
          />
          <NoteEntryList
            sessionId={session.id}
            kind="parking-lot"
            title="Parking lot"
            entries={grouped.parkingLot}
            emptyText="Nothing parked."
            addLabel="Add topic"
            placeholder="A topic to take up later, and with whom"
          />
          <RemovedItemNotes notes={grouped.ofRemovedItems} />
        </>
      )}
    </section>
  );
}
