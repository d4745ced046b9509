import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { objectiveRevisionRepository } from '../../../../renderer/src/db/repositories/objective-revision-repository';
import { ObjectivesWorksheet } from '../../../../renderer/src/features/objectives/ObjectivesWorksheet';
import { testEngagement, testSession } from '../../worksheet-fixtures';

const engagement = testEngagement();
const session = testSession();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('Objectives worksheet', () => {
  it('turns a vague objective SMART as it is refined, recording one revision per refined field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ObjectivesWorksheet engagement={engagement} session={session} sessions={[session]} />);
    await user.click(await screen.findByRole('button', { name: 'Add objective' }));
    const card = await screen.findByRole('article', { name: 'Objective 1' });
    await user.type(within(card).getByLabelText('As first stated'), 'grow sales');
    const check = within(card).getByRole('group', { name: 'SMART check of objective 1' });
    await waitFor(() => expect(check).toHaveTextContent('Not SMART yet: 0 of 4 criteria met.'));
    expect(check).toHaveTextContent('Measurable ✗ — No baseline');

    await user.type(within(card).getByLabelText('Baseline'), '-5');
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'The baseline cannot be negative for this metric.',
    );
    expect(within(card).getByLabelText('Baseline')).toHaveValue('-5');
    await user.clear(within(card).getByLabelText('Baseline'));
    await user.type(within(card).getByLabelText('Baseline'), '1000000');
    await user.type(within(card).getByLabelText('Target'), '1250000');
    await user.type(within(card).getByLabelText('Metric'), 'New-customer revenue');
    await user.type(within(card).getByLabelText('Unit'), 'EUR');
    await user.type(within(card).getByLabelText('Owner'), 'Dana Fox');
    await user.type(within(card).getByLabelText('Deadline'), '2099-12-31');
    await user.tab();

    await waitFor(() =>
      expect(check).toHaveTextContent('SMART ✓ — specific, measurable, achievable and time-bound.'),
    );
    await waitFor(async () => {
      const rows = await objectiveRevisionRepository.listForObjective(
        (await db.table('objectives').toCollection().first())!.id,
      );
      expect(rows.map((row) => [row.field, row.before, row.after])).toEqual([
        ['baseline', null, 1_000_000],
        ['target', null, 1_250_000],
        ['metric', '', 'New-customer revenue'],
        ['unit', '', 'EUR'],
        ['owner', '', 'Dana Fox'],
        ['deadline', '', '2099-12-31'],
      ]);
    });
    const history = within(card).getByRole('region', {
      name: 'Changes in Kick-off session · 2026-11-30',
    });
    expect(history).toHaveTextContent('Target: — → 1,250,000 EUR');
  }, 20_000);
});
