import { z } from 'zod';
import { limits } from './limits';
import { entityId, optionalText, timestamp } from './text-fields';

/**
 * What is written down during a session: a free note per agenda item (agendaItemId '' for the
 * general notes), the decisions taken, the parking lot of topics to take up later, and the
 * insights: the unexpected findings the session was not looking for.
 */
export const sessionNoteKinds = ['agenda-note', 'decision', 'parking-lot', 'insight'] as const;
export type SessionNoteKind = (typeof sessionNoteKinds)[number];
export type SessionListKind = Exclude<SessionNoteKind, 'agenda-note'>;

export const sessionNoteLimits = {
  /** A note on one agenda item: room for a whole discussion. */
  agendaNote: limits.longText,
  /** A decision or parking-lot topic: a few sentences, so the summary stays readable. */
  listEntry: 2_000,
  /** Decisions and parking-lot topics per session, each. */
  entriesPerList: 200,
  /** Every note row of one session, including notes kept for removed agenda items. */
  notesPerSession: 1_000,
} as const;

export const sessionListLabels: Record<SessionListKind, { one: string; many: string }> = {
  decision: { one: 'Decision', many: 'decisions' },
  'parking-lot': { one: 'Parking-lot topic', many: 'parking-lot topics' },
  insight: { one: 'Insight', many: 'insights' },
};

export function textLimitOf(kind: SessionNoteKind): number {
  return kind === 'agenda-note' ? sessionNoteLimits.agendaNote : sessionNoteLimits.listEntry;
}

export function textLabelOf(kind: SessionNoteKind): string {
  return kind === 'agenda-note' ? 'Note' : sessionListLabels[kind].one;
}

export const sessionNoteSchema = z
  .object({
    id: entityId,
    sessionId: entityId,
    kind: z.enum(sessionNoteKinds),
    /**
     * The agenda item a note belongs to, or the one that was running when a decision, topic or
     * insight was captured in facilitator mode; '' for the session as a whole.
     */
    agendaItemId: z.string().max(64),
    /** The item's title when the note was last saved, so a note outlives its item readably. */
    agendaItemTitle: optionalText('Agenda item', limits.shortText),
    text: optionalText('Note', limits.longText),
    position: z.number().finite(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine((note, context) => {
    const max = textLimitOf(note.kind);
    if (note.text.length > max)
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: `${textLabelOf(note.kind)} can be at most ${max.toLocaleString('en')} characters.`,
      });
  });
export type SessionNote = z.infer<typeof sessionNoteSchema>;

export const sessionNoteEditableSchema = z.object({
  text: optionalText('Note', limits.longText),
});
export type SessionNoteEditable = z.infer<typeof sessionNoteEditableSchema>;

export interface GroupedSessionNotes {
  /** The note of each agenda item that has one, by the item's id. */
  byAgendaItem: Map<string, SessionNote>;
  general: SessionNote | undefined;
  decisions: SessionNote[];
  parkingLot: SessionNote[];
  insights: SessionNote[];
  /** Non-empty notes whose agenda item is no longer on the agenda, oldest first. */
  ofRemovedItems: SessionNote[];
}

/** Sorts a session's notes into what the worksheet shows; notes of removed items are kept apart. */
export function groupSessionNotes(
  notes: readonly SessionNote[],
  agendaItemIds: readonly string[],
): GroupedSessionNotes {
  const onAgenda = new Set(agendaItemIds);
  const sorted = [...notes].sort((a, b) => a.position - b.position);
  const grouped: GroupedSessionNotes = {
    byAgendaItem: new Map(),
    general: undefined,
    decisions: [],
    parkingLot: [],
    insights: [],
    ofRemovedItems: [],
  };
  for (const note of sorted) {
    if (note.kind === 'decision') grouped.decisions.push(note);
    else if (note.kind === 'parking-lot') grouped.parkingLot.push(note);
    else if (note.kind === 'insight') grouped.insights.push(note);
    else if (note.agendaItemId === '') grouped.general ??= note;
    else if (onAgenda.has(note.agendaItemId)) grouped.byAgendaItem.set(note.agendaItemId, note);
    else if (note.text.trim() !== '') grouped.ofRemovedItems.push(note);
  }
  return grouped;
}
