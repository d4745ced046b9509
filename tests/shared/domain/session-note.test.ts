import { describe, expect, it } from 'vitest';
import {
  groupSessionNotes,
  sessionNoteSchema,
  type SessionNote,
} from '../../../shared/domain/session-note';

let position = 0;
const note = (partial: Partial<SessionNote>): SessionNote => ({
  id: `n${++position}`,
  sessionId: 's1',
  kind: 'agenda-note',
  agendaItemId: '',
  agendaItemTitle: '',
  text: 'text',
  position,
  createdAt: 1,
  updatedAt: 1,
  ...partial,
});

describe('session notes', () => {
  it('sorts notes into agenda notes, general note, decisions and parking lot, in order', () => {
    const decisionB = note({ kind: 'decision', text: 'B', position: 20 });
    const decisionA = note({ kind: 'decision', text: 'A', position: 10 });
    const parked = note({ kind: 'parking-lot', text: 'Pricing' });
    const onWelcome = note({ agendaItemId: 'a1', text: 'Said hello' });
    const general = note({ agendaItemId: '', text: 'Room was cold' });
    const grouped = groupSessionNotes([decisionB, parked, onWelcome, decisionA, general], ['a1']);
    expect(grouped.decisions.map((n) => n.text)).toEqual(['A', 'B']);
    expect(grouped.parkingLot).toEqual([parked]);
    expect(grouped.byAgendaItem.get('a1')).toBe(onWelcome);
    expect(grouped.general).toBe(general);
    expect(grouped.ofRemovedItems).toEqual([]);
  });

  it('keeps the notes of removed agenda items apart instead of dropping them', () => {
    const kept = note({ agendaItemId: 'gone', agendaItemTitle: 'Budget', text: 'Cut 10%' });
    const empty = note({ agendaItemId: 'gone-too', text: '   ' });
    const grouped = groupSessionNotes([kept, empty], ['a1']);
    expect(grouped.ofRemovedItems).toEqual([kept]);
    expect(grouped.byAgendaItem.size).toBe(0);
  });

  it('limits a decision to 2,000 characters and an agenda note to 10,000, saying which', () => {
    const decision = sessionNoteSchema.safeParse(
      note({ kind: 'decision', text: 'x'.repeat(2001) }),
    );
    expect(decision.success).toBe(false);
    expect(decision.error?.issues[0]?.message).toBe('Decision can be at most 2,000 characters.');
    expect(sessionNoteSchema.safeParse(note({ text: 'x'.repeat(10_000) })).success).toBe(true);
    const agendaNote = sessionNoteSchema.safeParse(note({ text: 'x'.repeat(10_001) }));
    expect(agendaNote.error?.issues[0]?.message).toBe('Note can be at most 10,000 characters.');
  });
});
