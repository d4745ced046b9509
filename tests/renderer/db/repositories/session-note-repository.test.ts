import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { sessionNoteRepository } from '../../../../renderer/src/db/repositories/session-note-repository';
import { sessionNoteLimits } from '../../../../shared/domain/session-note';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const texts = async (sessionId: string, kind: string) =>
  (await sessionNoteRepository.listForSession(sessionId))
    .filter((note) => note.kind === kind)
    .map((note) => note.text);

describe('session note repository', () => {
  it('keeps one note per agenda item, even when two saves race', async () => {
    const item = { id: 'a1', title: 'Welcome' };
    await Promise.all([
      sessionNoteRepository.saveAgendaNote('s1', item, 'first'),
      sessionNoteRepository.saveAgendaNote('s1', item, 'second'),
    ]);
    await sessionNoteRepository.saveAgendaNote('s1', { id: 'a1', title: 'Welcome all' }, 'third');
    const notes = await sessionNoteRepository.listForSession('s1');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'agenda-note',
      agendaItemId: 'a1',
      agendaItemTitle: 'Welcome all',
      text: 'third',
    });
  });

  it('keeps the general note apart from the notes on agenda items', async () => {
    await sessionNoteRepository.saveAgendaNote('s1', null, 'Room was cold');
    await sessionNoteRepository.saveAgendaNote('s1', { id: 'a1', title: 'Welcome' }, 'Hello');
    expect(await texts('s1', 'agenda-note')).toEqual(['Room was cold', 'Hello']);
  });

  it('reorders decisions without disturbing the parking lot', async () => {
    const d1 = await sessionNoteRepository.addEntry('s1', 'decision', 'D1');
    const p1 = await sessionNoteRepository.addEntry('s1', 'parking-lot', 'P1');
    const d2 = await sessionNoteRepository.addEntry('s1', 'decision', 'D2');
    const p2 = await sessionNoteRepository.addEntry('s1', 'parking-lot', 'P2');
    await sessionNoteRepository.reorder('s1', [d2, d1]);
    expect(await texts('s1', 'decision')).toEqual(['D2', 'D1']);
    expect(await texts('s1', 'parking-lot')).toEqual(['P1', 'P2']);
    await sessionNoteRepository.reorder('s1', [p2, p1]);
    expect(await texts('s1', 'decision')).toEqual(['D2', 'D1']);
    expect(await texts('s1', 'parking-lot')).toEqual(['P2', 'P1']);
  });

  it('refuses a decision past its length, and a list past its size, saying why', async () => {
    const id = await sessionNoteRepository.addEntry('s1', 'decision');
    await expect(
      sessionNoteRepository.update(id, { text: 'x'.repeat(sessionNoteLimits.listEntry + 1) }),
    ).rejects.toThrow('Decision can be at most 2,000 characters.');
    await db.table('sessionNotes').bulkAdd(
      Array.from({ length: sessionNoteLimits.entriesPerList }, (_, i) => ({
        id: `p${i}`,
        sessionId: 's1',
        kind: 'parking-lot',
        agendaItemId: '',
        agendaItemTitle: '',
        text: '',
        position: i + 10,
        createdAt: 1,
        updatedAt: 1,
      })),
    );
    await expect(sessionNoteRepository.addEntry('s1', 'parking-lot')).rejects.toThrow(
      'A session can have at most 200 parking-lot topics.',
    );
    await expect(sessionNoteRepository.addEntry('s1', 'decision')).resolves.toBeTruthy();
  });

  it('hands a removed decision back so it can be restored', async () => {
    const id = await sessionNoteRepository.addEntry('s1', 'decision', 'Keep the budget');
    const removed = await sessionNoteRepository.remove(id);
    expect(await texts('s1', 'decision')).toEqual([]);
    await sessionNoteRepository.restore(removed!);
    expect(await texts('s1', 'decision')).toEqual(['Keep the budget']);
  });
});
