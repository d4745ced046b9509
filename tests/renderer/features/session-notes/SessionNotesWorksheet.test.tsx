import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { sessionNoteRepository } from '../../../../renderer/src/db/repositories/session-note-repository';
import { SessionNotesWorksheet } from '../../../../renderer/src/features/session-notes/SessionNotesWorksheet';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import { freshKickOffSession } from '../session-test-data';

afterEach(cleanup);

let props: { engagement: Engagement; session: Session };
beforeEach(async () => {
  props = await freshKickOffSession();
});

const renderSheet = () => render(<SessionNotesWorksheet {...props} sessions={[props.session]} />);

describe('notes & decisions worksheet', () => {
  it('offers one note per agenda item, in agenda order, and follows a reorder', async () => {
    const welcome = await agendaRepository.add(props.session.id, { title: 'Welcome' });
    const budget = await agendaRepository.add(props.session.id, { title: 'Budget' });
    renderSheet();
    await screen.findByLabelText('Notes on item 1: Welcome');
    expect(screen.getByLabelText('Notes on item 2: Budget')).toBeInTheDocument();
    await agendaRepository.reorder(props.session.id, [budget, welcome]);
    await screen.findByLabelText('Notes on item 1: Budget');
  });

  it('keeps the note of a removed agenda item, under its old title, until removed on purpose', async () => {
    const user = userEvent.setup();
    const budget = await agendaRepository.add(props.session.id, { title: 'Budget' });
    await sessionNoteRepository.saveAgendaNote(
      props.session.id,
      { id: budget, title: 'Budget' },
      'Cut events by 10%',
    );
    renderSheet();
    expect(await screen.findByLabelText('Notes on item 1: Budget')).toHaveValue(
      'Cut events by 10%',
    );

    await agendaRepository.remove(budget);
    const kept = await screen.findByLabelText('Notes on removed item “Budget”');
    expect(kept).toHaveValue('Cut events by 10%');
    expect(screen.getByRole('heading', { name: 'Notes of removed agenda items' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove note on “Budget”' }));
    await waitFor(() =>
      expect(screen.queryByLabelText('Notes on removed item “Budget”')).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByLabelText('Notes on removed item “Budget”')).toHaveValue(
      'Cut events by 10%',
    );
  });

  it('keeps an over-long pasted decision in the field with the limit, and saves nothing', async () => {
    const user = userEvent.setup();
    renderSheet();
    await user.click(await screen.findByRole('button', { name: 'Add decision' }));
    const field = await screen.findByLabelText('Decision 1');
    await waitFor(() => expect(field).toHaveFocus());
    const pasted = Array.from({ length: 3000 }, (_, i) => `Line ${i + 1}`).join('\n');
    await user.click(field);
    await user.paste(pasted);
    expect(
      await screen.findByText(/Decision can be at most 2,000 characters \(now 2\d,\d{3}\)\./),
    ).toBeInTheDocument();
    expect(field).toHaveValue(pasted);
    const stored = await sessionNoteRepository.listForSession(props.session.id);
    expect(stored.map((note) => note.text)).toEqual(['']);
  });
});
