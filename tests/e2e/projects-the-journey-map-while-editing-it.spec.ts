import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import {
  addTouchPoint,
  emotionChart,
  journeyField,
  openJourneyMap,
} from './harness/journey-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const projectorBar = (page: Page) => page.getByRole('region', { name: 'Projector' });
const phase = (projector: Page, name: string) =>
  projector.getByRole('listitem', { name, exact: true });

function theProjector(): Page {
  const projector = app.projector();
  if (!projector) throw new Error('The projector window is not open.');
  return projector;
}

test('projects the journey map while editing it: the projector follows each edit, freezes, keeps private fields off, and follows to other worksheets', async () => {
  test.setTimeout(180_000);
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Acme Robotics', title: 'FY27 growth plan' });
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 10, owner: 'Ingrid' },
    { title: 'Map the journey', minutes: 45, owner: 'Ola' },
  ]);
  await openJourneyMap(page);

  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(projectorBar(page)).toContainText('Projecting the customer journey map.');
  await expect(page.getByText('Projecting full screen on the second display.')).toBeVisible();
  const projector = theProjector();
  // The room sees the map read-only: the default phases, and no field to type in.
  for (const name of ['Awareness', 'Consideration', 'Conversion', 'Onboarding', 'Advocacy'])
    await expect(phase(projector, name).getByRole('heading', { name })).toBeVisible();
  await expect(projector.getByRole('textbox')).toHaveCount(0);
  await expect(projector.getByRole('combobox')).toHaveCount(0);

  // The laptop keeps editing; the projector follows each edit.
  await journeyField(page, 'Name of phase 3').fill('Purchase');
  await journeyField(page, 'Customer goal — 1. Awareness').fill(
    'Find out whether robots fit a plant our size',
  );
  await addTouchPoint(page, '1. Awareness', 1, {
    channel: 'LinkedIn',
    content: 'Short video: a cobot in a small plant',
    owner: 'Ingrid (Marketing)',
    status: 'Planned',
  });
  await journeyField(page, 'Volume today — 1. Awareness').fill('4000');
  await journeyField(page, 'Emotion — 1. Awareness').selectOption({ label: '+1 Positive' });
  await journeyField(page, 'Emotion — 3. Purchase').selectOption({ label: '−2 Very negative' });
  await expectAllSaved(page);
  const awareness = phase(projector, 'Awareness');
  await expect(phase(projector, 'Purchase')).toBeVisible();
  await expect(awareness).toContainText('Find out whether robots fit a plant our size');
  await expect(awareness).toContainText('LinkedIn: Short video: a cobot in a small plant');
  await expect(emotionChart(projector)).toBeVisible();

  // Private fields (who runs a touch point, today's volume) stay off the projector by default…
  await expect(awareness).not.toContainText('Ingrid');
  await expect(awareness).not.toContainText('4,000');
  // …until the consultant shows them, and hides them again.
  const hide = projectorBar(page).getByLabel('Hide private fields (notes, internal checks)');
  await expect(hide).toBeChecked();
  await hide.uncheck();
  await expect(awareness).toContainText('(Ingrid (Marketing), Planned)');
  await expect(awareness).toContainText('Today: 4,000');
  await hide.check();
  await expect(awareness).not.toContainText('Ingrid');

  // Frozen, the projector holds still while the laptop edits on.
  await projectorBar(page).getByRole('button', { name: 'Freeze' }).click();
  await expect(projectorBar(page)).toContainText('Projector frozen');
  await journeyField(page, 'Customer goal — 1. Awareness').fill('A draft the room should not see');
  await expectAllSaved(page);
  // Private fields shown while frozen reach the frozen picture, and nothing typed since does.
  await hide.uncheck();
  await expect(awareness).toContainText('Today: 4,000');
  await expect(awareness).toContainText('Find out whether robots fit a plant our size');
  await expect(awareness).not.toContainText('A draft the room should not see');
  await hide.check();
  await expect(awareness).not.toContainText('Today: 4,000');
  await projectorBar(page).getByRole('button', { name: 'Unfreeze' }).click();
  await expect(awareness).toContainText('A draft the room should not see');

  // It follows the laptop to another worksheet made for the room…
  await openWorksheet(page, 'Self-critique');
  await expect(projector.getByRole('region', { name: 'SWOT' })).toBeVisible();
  // …and shows the agenda for one that is not (participants' details stay on the laptop).
  await openWorksheet(page, 'Participants');
  await expect(projectorBar(page)).toContainText(
    'Projecting the agenda: this worksheet is not shown to the room.',
  );
  await expect(projector.getByRole('region', { name: 'Agenda' })).toContainText('Map the journey');
  // The agenda on demand, wherever the laptop is.
  await openJourneyMap(page);
  await expect(phase(projector, 'Awareness')).toBeVisible();
  await projectorBar(page).getByLabel('Show').selectOption({ label: 'The agenda' });
  await expect(projector.getByRole('region', { name: 'Agenda' })).toContainText(
    'Welcome & purpose',
  );

  // Stop projecting closes the projector window.
  await projectorBar(page).getByRole('button', { name: 'Stop projecting' }).click();
  await expect.poll(() => app.projector()).toBeNull();
  await expect(page.getByRole('button', { name: 'Project', exact: true })).toBeVisible();

  // Closed from its own side (or its display unplugged), the laptop says so and can reopen it.
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect.poll(() => app.projector()).not.toBeNull();
  // It opens as the consultant left it: showing the agenda.
  await expect(theProjector().getByRole('region', { name: 'Agenda' })).toBeVisible();
  await theProjector().close({ runBeforeUnload: true });
  await expect(page.getByText('The projector window closed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Project', exact: true })).toBeVisible();
});
