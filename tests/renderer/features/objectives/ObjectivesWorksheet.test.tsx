import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { objectiveRemovalRepository } from '../../../../renderer/src/db/repositories/objective-removal-repository';
import { objectiveRepository } from '../../../../renderer/src/db/repositories/objective-repository';
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

    // Why the target changed, saved with its revision.
    await user.type(
      within(history).getByLabelText('Why the target changed'),
      'The CFO confirmed the budget',
    );
    await user.tab();
    await waitFor(async () => {
      const rows = await objectiveRevisionRepository.listForObjective(
        (await db.table('objectives').toCollection().first())!.id,
      );
      expect(rows.find((row) => row.field === 'target')?.reason).toBe(
        'The CFO confirmed the budget',
      );
    });
  }, 20_000);

  it('records an objective removed in this session, asks why, and forgets it on undo', async () => {
    const user = userEvent.setup({ delay: null });
    const id = await objectiveRepository.create(engagement.id, session.id, 'open Sweden');
    render(<ObjectivesWorksheet engagement={engagement} session={session} sessions={[session]} />);
    const card = await screen.findByRole('article', { name: 'Objective 1' });
    await user.click(within(card).getByRole('button', { name: 'Remove “open Sweden”' }));
    const removed = await screen.findByRole('region', { name: 'Removed in this session' });
    expect(removed).toHaveTextContent('open Sweden');
    await user.type(
      within(removed).getByLabelText('Why removed objective 1 was dropped'),
      'Norway first',
    );
    await user.tab();
    await waitFor(async () =>
      expect(
        (await objectiveRemovalRepository.listForEngagement(engagement.id)).map((row) => [
          row.objectiveId,
          row.sessionId,
          row.reason,
        ]),
      ).toEqual([[id, session.id, 'Norway first']]),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Objective 1' })).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Removed in this session' })).toBeNull(),
    );
    expect(await objectiveRemovalRepository.listForEngagement(engagement.id)).toEqual([]);
  }, 20_000);
});
