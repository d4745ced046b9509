import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { actionItemRepository } from '../../../../renderer/src/db/repositories/action-item-repository';
import {
  critiqueEntryRepository,
  critiqueSheetRepository,
} from '../../../../renderer/src/db/repositories/critique-repository';
import { SelfCritiqueWorksheet } from '../../../../renderer/src/features/self-critique/SelfCritiqueWorksheet';
import { testEngagement, testSession } from '../../worksheet-fixtures';

const engagement = testEngagement();
const session = testSession();

afterEach(cleanup);
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const worksheet = () =>
  render(<SelfCritiqueWorksheet engagement={engagement} session={session} sessions={[session]} />);

describe('Self-critique worksheet', () => {
  it('assembles the positioning statement as each part is typed, ahead of the save', async () => {
    const user = userEvent.setup();
    worksheet();
    const statement = await screen.findByTestId('positioning-statement');
    expect(statement).toHaveTextContent('For [for whom] who [what need], Acme Robotics is the');

    await user.type(screen.getByLabelText('For whom'), 'busy clinics');
    // Shown at once, while the field's save is still waiting for the pause in typing.
    expect(statement).toHaveTextContent('For busy clinics who [what need]');
    expect((await critiqueSheetRepository.get('e1')).forWhom).toBe('');
    await waitFor(async () =>
      expect((await critiqueSheetRepository.get('e1')).forWhom).toBe('busy clinics'),
    );

    await user.type(screen.getByLabelText('Brand'), 'Remindly');
    expect(statement).toHaveTextContent(', Remindly is the [what category]');
    expect(screen.getByText(/^Still to agree:/)).toHaveTextContent(
      'Still to agree: what need, what category, what benefit, unlike whom, does what differently.',
    );
  });

  it('turns a needed change into exactly one action item, however fast the button is pressed', async () => {
    const user = userEvent.setup();
    const changeId = await critiqueEntryRepository.create('e1', 'change', {
      text: 'Publish prices on the website',
    });
    worksheet();
    const changes = await screen.findByRole('region', { name: 'Changes needed to compete' });
    const button = await within(changes).findByRole('button', { name: 'Make this an action item' });
    await user.dblClick(button);

    const link = await within(changes).findByRole('link', {
      name: 'Action item: Publish prices on the website',
    });
    expect(link).toHaveAttribute('href', '#/e/e1/action-items/s1');
    const actions = await actionItemRepository.listForEngagement('e1');
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      sessionId: 's1',
      what: 'Publish prices on the website',
      status: 'open',
      source: {
        kind: 'critique',
        id: changeId,
        label: 'Change needed: Publish prices on the website',
      },
    });
  });

  it('refuses to make an action of an empty change, saying why', async () => {
    const user = userEvent.setup();
    await critiqueEntryRepository.create('e1', 'change');
    worksheet();
    const changes = await screen.findByRole('region', { name: 'Changes needed to compete' });
    await user.click(
      await within(changes).findByRole('button', { name: 'Make this an action item' }),
    );
    expect(await within(changes).findByRole('alert')).toHaveTextContent(
      'Write the change first; the action item takes its words.',
    );
    expect(await actionItemRepository.listForEngagement('e1')).toEqual([]);
  });
});
