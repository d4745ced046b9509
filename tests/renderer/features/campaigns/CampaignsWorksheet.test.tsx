import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { campaignRepository } from '../../../../renderer/src/db/repositories/campaign-repository';
import { journeyPhaseRepository } from '../../../../renderer/src/db/repositories/journey-phase-repository';
import { objectiveRepository } from '../../../../renderer/src/db/repositories/objective-repository';
import { planRepository } from '../../../../renderer/src/db/repositories/plan-repository';
import { CampaignsWorksheet } from '../../../../renderer/src/features/campaigns/CampaignsWorksheet';
import { testEngagement, testSession } from '../../worksheet-fixtures';

const engagement = testEngagement();
const session = testSession();

const renderWorksheet = () =>
  render(<CampaignsWorksheet engagement={engagement} session={session} sessions={[session]} />);

afterEach(cleanup);
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

// Typing through whole forms in jsdom is slow on a shared machine.
describe('Campaigns & plan worksheet', { timeout: 30_000 }, () => {
  it('says plainly to map the journey first, and can start from the default phases', async () => {
    const user = userEvent.setup();
    renderWorksheet();
    expect(await screen.findByText('Map the journey first.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the customer journey map' })).toHaveAttribute(
      'href',
      '#/e/e1/journey-map/s1',
    );
    await user.click(screen.getByRole('button', { name: 'Start from the default phases' }));
    expect(
      await screen.findByRole('rowheader', { name: 'Awareness → Consideration' }),
    ).toBeVisible();
    expect(screen.getAllByTestId('plan-volume-row')).toHaveLength(5);
  });

  it('refuses goals, rates and buffers it cannot plan with, and never shows NaN or Infinity', async () => {
    const user = userEvent.setup();
    await journeyPhaseRepository.addDefaultPhases('e1');
    renderWorksheet();
    const goal = await screen.findByLabelText('Final goal');
    await user.type(goal, '0');
    expect(
      await screen.findByText(
        'Set a goal of at least 1: the plan works back from something to reach.',
      ),
    ).toBeVisible();
    await user.clear(goal);
    await user.type(goal, '10000000000');
    expect(
      await screen.findByText('The goal can be at most 1,000,000,000. Check the number.'),
    ).toBeVisible();
    await user.clear(goal);
    await user.type(goal, '120');

    const rate = screen.getByLabelText('Expected rate from Awareness to Consideration (%)');
    await user.type(rate, '-5');
    expect(await screen.findByText('A conversion rate cannot be below 0 %.')).toBeVisible();
    await user.clear(rate);
    await user.type(rate, 'lots');
    expect(
      await screen.findByText('A conversion rate must be a number, like 35 or 12.5.'),
    ).toBeVisible();
    await user.clear(rate);
    await user.type(rate, '0');
    expect(
      await screen.findByText(
        'Cannot reach Consideration: the expected rate from Awareness to Consideration is 0 %.',
      ),
    ).toBeVisible();

    const buffer = screen.getByLabelText('Safety buffer (%)');
    await user.clear(buffer);
    await user.type(buffer, '500');
    expect(await screen.findByText('The safety buffer can be at most 100 %.')).toBeVisible();
    await user.clear(buffer);
    expect(await screen.findByText('Enter a safety buffer in percent, 0 for none.')).toBeVisible();
    await user.tab();

    await waitFor(async () => expect((await planRepository.get('e1')).goalTarget).toBe(120));
    expect((await planRepository.get('e1')).bufferPercent).toBe(10);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('adds a campaign from the planner’s target, offers the target in one click, and undoes a removal', async () => {
    const user = userEvent.setup();
    await journeyPhaseRepository.addDefaultPhases('e1');
    const [awareness, consideration] = await journeyPhaseRepository.list('e1');
    await planRepository.update('e1', { goalTarget: 100, bufferPercent: 0 });
    const objective = await objectiveRepository.create('e1', 's1', 'grow sales');
    await objectiveRepository.update(objective, 's1', { metric: 'New customers per year' });
    await planRepository.setRate('e1', awareness?.id ?? '', 'expected', 25);
    for (const phase of (await journeyPhaseRepository.list('e1')).slice(1, -1))
      await planRepository.setRate('e1', phase.id, 'expected', 50);
    renderWorksheet();

    await user.click(await screen.findByRole('button', { name: 'Add a campaign for Awareness' }));
    expect(
      await screen.findByText('Added “Awareness campaign” below, with a target of 3,200.'),
    ).toBeVisible();
    const first = await screen.findByRole('group', { name: 'Campaign 1' });
    expect(within(first).getByLabelText('Target')).toHaveValue('3200');
    await user.selectOptions(within(first).getByLabelText('Objective'), 'New customers per year');
    await waitFor(async () =>
      expect((await campaignRepository.list('e1'))[0]?.objectiveId).toBe(objective),
    );

    await user.click(screen.getByRole('button', { name: 'Add campaign' }));
    const second = await screen.findByRole('group', { name: 'Campaign 2' });
    await user.selectOptions(within(second).getByLabelText('Phase'), consideration?.id ?? '');
    await user.click(await within(second).findByRole('button', { name: 'Use the planner’s 800' }));
    await waitFor(() => expect(within(second).getByLabelText('Target')).toHaveValue('800'));

    await user.type(within(second).getByLabelText('Start'), '2027-04-01');
    await user.type(within(second).getByLabelText('End'), '2027-03-15');
    expect(
      await within(second).findByText(
        'The end date (2027-03-15) is before the start date (2027-04-01).',
      ),
    ).toBeVisible();

    await user.click(within(first).getByRole('button', { name: 'Remove “Awareness campaign”' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Campaign 2' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await campaignRepository.list('e1')).toHaveLength(2));
    expect((await campaignRepository.list('e1'))[0]?.name).toBe('Awareness campaign');

    await user.click(await screen.findByRole('button', { name: 'Move “Awareness campaign” down' }));
    await waitFor(async () =>
      expect((await campaignRepository.list('e1')).map((row) => row.name)).toEqual([
        '',
        'Awareness campaign',
      ]),
    );
  });
});
