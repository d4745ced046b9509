import { groupSessionNotes, type SessionListKind } from '../../../../shared/domain/session-note';
import { useAgendaItems } from '../../hooks/use-agenda-items';
import { useSessionNotes } from '../../hooks/use-session-notes';
import { SessionSummaryExport } from '../document-exports/SessionSummaryExport';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { AgendaNotes } from './AgendaNotes';
import { NoteEntryList } from './NoteEntryList';
import { RemovedItemNotes } from './RemovedItemNotes';
import './session-notes.css';

/** The session's lists of one-sentence entries, in the order the worksheet shows them. */
const entryLists = [
  {
    kind: 'decision',
    entries: 'decisions',
    title: 'Decisions taken',
    emptyText: 'No decisions yet.',
    addLabel: 'Add decision',
    placeholder: 'e.g. We focus Q1 on existing customers in the DACH region (agreed by Ana)',
  },
  {
    kind: 'parking-lot',
    entries: 'parkingLot',
    title: 'Parking lot',
    emptyText: 'Nothing parked.',
    addLabel: 'Add topic',
    placeholder: 'A topic to take up later, and with whom',
  },
  {
    kind: 'insight',
    entries: 'insights',
    title: 'Insights',
    emptyText: 'No insights yet.',
    addLabel: 'Add insight',
    placeholder: 'The unexpected finding the session was not looking for',
  },
] as const satisfies readonly {
  kind: SessionListKind;
  entries: 'decisions' | 'parkingLot' | 'insights';
  title: string;
  emptyText: string;
  addLabel: string;
  placeholder: string;
}[];

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
        up later rather than lost, and note the insights: what nobody expected to find. Decisions go
        into the session summary. In facilitator mode, D, P and I capture a decision, a parking-lot
        topic or an insight under the running agenda item.
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
          {entryLists.map((list) => (
            <NoteEntryList
              key={list.kind}
              sessionId={session.id}
              {...list}
              entries={grouped[list.entries]}
            />
          ))}
          <RemovedItemNotes notes={grouped.ofRemovedItems} />
        </>
      )}
    </section>
  );
}
