import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../../renderer/src/app/command-bus';
import { useKeyboardShortcuts } from '../../../../renderer/src/app/use-keyboard-shortcuts';
import { db } from '../../../../renderer/src/db/database';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { FacilitatorView } from '../../../../renderer/src/features/facilitator/FacilitatorView';
import { sessionNoteLimits } from '../../../../shared/domain/session-note';
import { freshKickOffSession } from '../session-test-data';

afterEach(cleanup);

let ids: { engagementId: string; sessionId: string };
let reviewId: string;
beforeEach(async () => {
  const { engagementId, sessionId } = await freshKickOffSession();
  ids = { engagementId, sessionId };
  reviewId = await agendaRepository.add(sessionId, { title: 'Channel review', minutes: 20 });
  await agendaRepository.add(sessionId, { title: 'Next steps', minutes: 10 });
  await participantRepository.create(engagementId, sessionId, { name: 'Ingrid Berg' });
  await participantRepository.create(engagementId, sessionId, { name: 'Ola Nordmann' });
});

/** The app's own shortcuts, as App answers them: Ctrl+Z is its undo command. */
function AppShortcuts() {
  useKeyboardShortcuts((command) => void runCommand(command));
  return null;
}

async function open() {
  render(
    <>
      <AppShortcuts />
      <FacilitatorView {...ids} navigate={vi.fn()} />
    </>,
  );
  await screen.findByText(/Item 1 of 2/);
  return userEvent.setup();
}

const notes = () => db.table('sessionNotes').toArray();
const actions = () => db.actionItems.toArray();

// Whole keyboard conversations: generous time on a busy machine.
describe('capturing in facilitator mode', { timeout: 20_000 }, () => {
  it('saves a decision as it is typed, under the session while no item runs', async () => {
    const user = await open();
    expect(screen.getByTestId('capture-target')).toHaveTextContent(
      'Under the session (no agenda item is running)',
    );
    await user.keyboard('d');
    const field = screen.getByLabelText('Decision');
    expect(field).toHaveFocus();
    // The key that opened the capture is not typed into it.
    expect(field).toHaveValue('');
    await user.keyboard('We lead with retail');
    // Saved without pressing Enter: as typed, like every other edit.
    await waitFor(async () =>
      expect(await notes()).toEqual([
        expect.objectContaining({
          kind: 'decision',
          text: 'We lead with retail',
          agendaItemId: '',
        }),
      ]),
    );
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Decision')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('captured')).toHaveTextContent('DecisionWe lead with retail'),
    );
  });

  it('ties captures to the running item: an insight and an action with owner and due date', async () => {
    const user = await open();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByTestId('clock-status')).toHaveTextContent('Running'));
    expect(screen.getByTestId('capture-target')).toHaveTextContent('Under Channel review');

    await user.keyboard('i');
    await user.keyboard('Buyers compare us with rental, not with rivals{Enter}');
    await user.keyboard('a');
    await user.keyboard('Price the rental option');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Owner'), 'Ola Nordmann');
    await user.tab();
    await user.type(screen.getByLabelText('Due'), '2026-12-15');
    await user.keyboard('{Enter}');

    await waitFor(async () =>
      expect(await actions()).toEqual([
        expect.objectContaining({
          what: 'Price the rental option',
          ownerName: 'Ola Nordmann',
          dueDate: '2026-12-15',
          sessionId: ids.sessionId,
          source: { kind: 'agenda-item', id: reviewId, label: 'Channel review' },
        }),
      ]),
    );
    expect(await notes()).toEqual([
      expect.objectContaining({
        kind: 'insight',
        agendaItemId: reviewId,
        agendaItemTitle: 'Channel review',
      }),
    ]);
    // The list follows the store through a live query: it shows the saved words a moment later.
    const captured = screen.getByTestId('captured');
    await waitFor(() =>
      expect(captured).toHaveTextContent(
        'Action itemPrice the rental optionOwner: Ola Nordmann, due 2026-12-15',
      ),
    );
    expect(captured).toHaveTextContent('Insight');
  });

  it('takes back the last capture with Ctrl+Z, and Undo brings it back', async () => {
    const user = await open();
    await user.keyboard('pWhich distributors to keep{Enter}');
    await user.keyboard('dNo price change this year{Enter}');
    await waitFor(async () => expect(await notes()).toHaveLength(2));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () =>
      expect((await notes()).map((note) => note.text)).toEqual(['Which distributors to keep']),
    );
    expect(
      screen.getByText('Took back the decision “No price change this year”.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await notes()).toHaveLength(2));

    // Twice: the decision again, then the parking-lot topic before it.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await notes()).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await notes()).toHaveLength(0));
  });

  it('leaves nothing behind for a capture opened and closed without a word', async () => {
    const user = await open();
    await user.keyboard('d{Escape}');
    await user.keyboard('aAbc{Backspace}{Backspace}{Backspace}');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('capture-form')).not.toBeInTheDocument());
    await waitFor(async () => expect(await actions()).toEqual([]));
    expect(await notes()).toEqual([]);
    // Esc closed the capture, not facilitator mode.
    expect(screen.getByTestId('facilitator')).toBeInTheDocument();
  });

  it('keeps a capture that is too long open, with the reason, and stores nothing', async () => {
    const user = await open();
    await user.keyboard('d');
    const field = screen.getByLabelText('Decision');
    await user.click(field);
    await user.paste('x'.repeat(sessionNoteLimits.listEntry + 1));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Decision can be at most 2,000 characters (now 2,001).`,
    );
    expect(screen.getByLabelText('Decision')).toBeInTheDocument();
    expect(await notes()).toEqual([]);
  });
});
