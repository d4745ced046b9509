import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems, agendaRows } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const purpose = 'Agree which retail channel leads the launch, and who owns it.';

const countdown = (page: Page) => page.getByTestId('countdown');
const status = (page: Page) => page.getByTestId('clock-status');
const position = (page: Page) => page.getByTestId('current-item').locator('.facilitator__position');

async function expectActuals(page: Page, actuals: readonly string[]) {
  for (const [index, text] of actuals.entries())
    await expect(agendaRows(page).nth(index).getByTestId('agenda-actual')).toHaveText(text);
}

test('runs a short session in facilitator mode; the actual minutes land on the agenda and survive a relaunch', async () => {
  const profile = newProfileDir();
  app = await launchApp(profile);
  let { page } = app;
  // Minutes pass at the press of a fast-forward; time still flows between the steps.
  await page.clock.install({ time: new Date('2026-11-30T09:00:00') });
  await createEngagement(page, {
    clientName: 'Borealis Foods',
    title: 'Retail launch',
    startTime: '09:00',
    lengthMinutes: 60,
  });
  await page.getByLabel('Purpose of this session').fill(purpose);
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 5, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 20, owner: 'Ola' },
    { title: 'Owners & next steps', minutes: 10, owner: 'Ingrid' },
  ]);

  await page.getByRole('link', { name: 'Run session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: purpose })).toBeVisible();
  await expect(position(page)).toHaveText('Item 1 of 3 · Not started');
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome & purpose' })).toBeVisible();
  await expect(countdown(page)).toHaveText('5:00');
  await expect(page.getByRole('region', { name: 'Up next' })).toContainText(
    'Retail channel review20 min',
  );

  // Space starts the clock; the countdown runs down, then the overrun is said plainly.
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('Running');
  await page.clock.fastForward('04:00');
  await expect(countdown(page)).toHaveText('1:00');
  await page.clock.fastForward('02:00');
  await expect(countdown(page)).toHaveText(/^\+1:0\d$/);
  await expect(page.getByTestId('overrun')).toContainText('Over time by 1 min');

  // → moves on, still running; the session is now a minute behind.
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('Item 2 of 3 · Running');
  await expect(page.getByTestId('drift')).toHaveText('1 min behind plan');
  await page.clock.fastForward('12:00');
  // A pause (the button this time) stops the item's clock while the room takes a break.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveText('Paused');
  await page.clock.fastForward('10:00');
  await expect(countdown(page)).toHaveText('8:00');
  await page.keyboard.press('Space');
  await page.clock.fastForward('03:00');
  await expect(countdown(page)).toHaveText(/^[45]:\d\d$/);
  await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText('Item 3 of 3 · Running');
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('button', { name: 'Finish' })).toBeVisible();

  // The window reloads mid-item (a crash): the clock is still running where it was.
  await page.reload();
  await expect(position(page)).toHaveText('Item 3 of 3 · Running');
  await expect(countdown(page)).toHaveText(/^[56]:\d\d$/);
  await page.clock.fastForward('05:00');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'The session is finished' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveText([
    'ItemPlannedActual',
    'Welcome & purpose5 min6 min',
    'Retail channel review20 min15 min',
    'Owners & next steps10 min9 min',
  ]);

  // Esc leaves; the agenda shows what each item took beside its plan.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Purpose & agenda' })).toBeVisible();
  await expectActuals(page, ['took 6 min', 'took 15 min', 'took 9 min']);
  await expect(page.getByTestId('agenda-actual-summary')).toHaveText(
    'Run in facilitator mode: 3 of 3 items took 30 min against 35 min planned (5 min under).',
  );
  await expectAllSaved(page);
  await app.close();

  // Relaunched offline: the recorded minutes are still on the agenda.
  app = await launchApp(profile);
  page = app.page;
  await reopenEngagement(page, 'Borealis Foods', 'Retail launch');
  await expectActuals(page, ['took 6 min', 'took 15 min', 'took 9 min']);
  await expect(page.getByLabel('Minutes for item 2', { exact: true })).toHaveValue('20');
});
