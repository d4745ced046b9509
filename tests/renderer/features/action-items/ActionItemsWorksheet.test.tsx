import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { actionItemRepository } from '../../../../renderer/src/db/repositories/action-item-repository';
import { participantRepository } from '../../../../renderer/src/db/repositories/participant-repository';
import { ActionItemsWorksheet } from '../../../../renderer/src/features/action-items/ActionItemsWorksheet';
import { testEngagement, testSession } from '../../worksheet-fixtures';

const engagement = testEngagement();
const kickOff = testSession();
const refresh = testSession({ id: 's2', title: 'Quarterly refresh', date: '2027-02-28' });

afterEach(cleanup);
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const worksheet = () =>
  render(
    <ActionItemsWorksheet
      engagement={engagement}
      session={refresh}
      sessions={[kickOff, refresh]}
    />,
  );
const rows = () => screen.getAllByTestId('action-row');

describe('Action items worksheet', () => {
  it('keeps an owner’s name when switching from a participant to a typed name', async () => {
    const user = userEvent.setup();
    const dana = await participantRepository.create('e1', 's1', { name: 'Dana Lee' });
    const id = await actionItemRepository.create('e1', 's1', { what: 'Draft the pricing page' });
    worksheet();
    const row = (await screen.findAllByTestId('action-row'))[0]!;
    expect(row).toHaveTextContent('Raised in Kick-off session · 2026-11-30');

    await user.selectOptions(within(row).getByLabelText('Owner'), 'Dana Lee');
    await waitFor(async () =>
      expect(await actionItemRepository.get(id)).toMatchObject({
        ownerParticipantId: dana,
        ownerName: 'Dana Lee',
      }),
    );
    // A renamed participant is followed by the action's owner.
    await participantRepository.update(dana, { name: 'Dana Lee-Berg' });
    await waitFor(() =>
      expect(within(row).getByLabelText('Owner')).toHaveDisplayValue('Dana Lee-Berg'),
    );

    await user.selectOptions(within(row).getByLabelText('Owner'), 'Someone else (type a name)');
    const typed = await within(row).findByLabelText('Owner name');
    await waitFor(() => expect(typed).toHaveValue('Dana Lee-Berg'));
    await user.clear(typed);
    await user.type(typed, 'Sam Ortiz');
    await waitFor(async () =>
      expect(await actionItemRepository.get(id)).toMatchObject({
        ownerParticipantId: '',
        ownerName: 'Sam Ortiz',
      }),
    );
  });

  it('raises a new action in the session the consultant is in, and shows it despite a filter', async () => {
    const user = userEvent.setup();
    await actionItemRepository.create('e1', 's1', { what: 'Old', status: 'done' });
    worksheet();
    await screen.findAllByTestId('action-row');
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'Done');
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Add action item' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByLabelText('Filter by status')).toHaveValue('all');
    expect(rows()[1]).toHaveTextContent('Raised in Quarterly refresh · 2027-02-28');
  });

  it('moves a row within a filtered list without moving the rows the filter hides', async () => {
    const user = userEvent.setup();
    for (const [what, status] of [
      ['A', 'open'],
      ['B', 'done'],
      ['C', 'open'],
      ['D', 'done'],
    ] as const)
      await actionItemRepository.create('e1', 's1', { what, status });
    worksheet();
    await screen.findAllByTestId('action-row');
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'Done');
    await user.click(screen.getByRole('button', { name: 'Move “D” up' }));
    await waitFor(async () =>
      expect((await actionItemRepository.listForEngagement('e1')).map((item) => item.what)).toEqual(
        ['A', 'D', 'C', 'B'],
      ),
    );
  });

  it('refuses an absurd due date with its reason and keeps the stored one', async () => {
    const id = await actionItemRepository.create('e1', 's1', {
      what: 'Call',
      dueDate: '2026-12-01',
    });
    worksheet();
    const row = (await screen.findAllByTestId('action-row'))[0]!;
    const due = within(row).getByLabelText('Due');
    // One change, as a date picker makes it: clearing first would save the empty date if the
    // typing that follows took longer than the autosave pause on a loaded machine.
    fireEvent.change(due, { target: { value: '1999-12-31' } });
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Choose a due date between the years 2000 and 2100.',
    );
    expect((await actionItemRepository.get(id))?.dueDate).toBe('2026-12-01');
  });
});
