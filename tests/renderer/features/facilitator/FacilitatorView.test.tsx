import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { agendaRepository } from '../../../../renderer/src/db/repositories/agenda-repository';
import { facilitatorClockRepository } from '../../../../renderer/src/db/repositories/facilitator-clock-repository';
import { FacilitatorView } from '../../../../renderer/src/features/facilitator/FacilitatorView';
import { freshKickOffSession } from '../session-test-data';

afterEach(cleanup);

let ids: { engagementId: string; sessionId: string };
beforeEach(async () => {
  const { engagementId, sessionId } = await freshKickOffSession();
  ids = { engagementId, sessionId };
  await agendaRepository.add(ids.sessionId, { title: 'Welcome', minutes: 10 });
  await agendaRepository.add(ids.sessionId, { title: 'Objectives', minutes: 45 });
});

async function open() {
  const navigate = vi.fn();
  render(<FacilitatorView {...ids} navigate={navigate} />);
  await screen.findByText(/Item 1 of 2/);
  return navigate;
}

const status = () => screen.getByTestId('clock-status');

describe('facilitator mode keys', () => {
  it('starts and pauses with Space, once per press, even with the Start button focused', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(status()).toHaveTextContent('Running'));
    // Focus is on the Start/Pause button now: Space must toggle once, not twice.
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(status()).toHaveTextContent('Paused'));
    await user.keyboard(' ');
    await waitFor(() => expect(status()).toHaveTextContent('Running'));
  });

  it('steps with the arrows and Page Up / Page Down, as a presentation clicker sends', async () => {
    const user = userEvent.setup();
    await open();
    await user.keyboard('{ArrowRight}');
    await screen.findByText(/Item 2 of 2/);
    expect(screen.getByRole('button', { name: 'Finish' })).toBeEnabled();
    await user.keyboard('{PageUp}');
    await screen.findByText(/Item 1 of 2/);
    await user.keyboard('{PageDown}{PageDown}');
    await screen.findByRole('heading', { name: 'The session is finished' });
    await user.keyboard('{ArrowLeft}');
    await screen.findByText(/Item 2 of 2/);
  });

  it('leaves with Esc, pausing the clock on the way out', async () => {
    const user = userEvent.setup();
    const navigate = await open();
    await user.keyboard(' ');
    await waitFor(() => expect(status()).toHaveTextContent('Running'));
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith({
        name: 'engagement',
        engagementId: ids.engagementId,
        worksheet: 'purpose-agenda',
        sessionId: ids.sessionId,
      }),
    );
    expect((await facilitatorClockRepository.get(ids.sessionId))?.runningSince).toBeNull();
  });

  it('leaves Esc to an open confirmation instead of leaving the session', async () => {
    const user = userEvent.setup();
    const navigate = await open();
    await user.click(screen.getByRole('button', { name: 'Clear timings…' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says so plainly when the session has no agenda', async () => {
    await db.agendaItems.clear();
    render(<FacilitatorView {...ids} navigate={vi.fn()} />);
    await screen.findByText(/This session has no agenda yet/);
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
  });
});
