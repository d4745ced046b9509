import { expect, test, type Page } from '@playwright/test';
import { addAgendaItems, agendaRows } from './harness/agenda-actions';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { openBackups } from './harness/backup-actions';
import { walkWithTab } from './harness/keyboard-walk';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const sheet = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const worksheetHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });

test('opens the shortcuts sheet with F1 or Ctrl+/, and it never stands in the way', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();

  await page.keyboard.press('F1');
  await expect(sheet(page)).toBeVisible();
  const newEngagement = sheet(page).locator('div', { hasText: /^New engagement/ });
  await expect(newEngagement.locator('kbd')).toHaveText('Ctrl+N');
  await expect(sheet(page)).toContainText('Undo the last removal');
  await expect(sheet(page)).toContainText('Leave facilitator mode');
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toBeHidden();

  await page.keyboard.press('Control+/');
  await expect(sheet(page)).toBeVisible();
  await page.keyboard.press('F1');
  await expect(sheet(page)).toBeHidden();

  // Any other shortcut closes the sheet and goes ahead.
  await page.keyboard.press('F1');
  await expect(sheet(page)).toBeVisible();
  await page.keyboard.press('Control+N');
  await expect(sheet(page)).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
});

test('moves through an engagement by keyboard: worksheets, undo and redo of a removal, facilitator mode, find', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await addAgendaItems(page, [
    { title: 'Welcome & purpose', minutes: 5, owner: 'Ingrid' },
    { title: 'Retail channel review', minutes: 20, owner: 'Ola' },
  ]);

  // Next and previous worksheet, from inside a text field too; nothing typed is lost.
  const purpose = page.getByLabel('Purpose of this session');
  await purpose.fill('Agree which retail channel leads the launch.');
  await page.keyboard.press('Control+PageDown');
  await expect(worksheetHeading(page, 'Participants')).toBeFocused();
  await page.keyboard.press('Control+PageUp');
  await expect(worksheetHeading(page, 'Purpose & agenda')).toBeFocused();
  await expect(purpose).toHaveValue('Agree which retail channel leads the launch.');
  // Before the first worksheet comes the last.
  await page.keyboard.press('Control+PageUp');
  await page.keyboard.press('Control+PageUp');
  await expect(worksheetHeading(page, 'Action items')).toBeFocused();
  await page.keyboard.press('Control+PageDown');
  await page.keyboard.press('Control+PageDown');
  await expect(worksheetHeading(page, 'Purpose & agenda')).toBeFocused();

  // Remove an agenda item; Ctrl+Z (not in a field) brings it back, Ctrl+Shift+Z removes it again.
  await page.getByRole('button', { name: 'Remove “Retail channel review”' }).click();
  await expect(agendaRows(page)).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(agendaRows(page)).toHaveCount(2);
  await expect(page.getByLabel('Agenda item 2', { exact: true })).toHaveValue(
    'Retail channel review',
  );
  await page.keyboard.press('Control+Shift+Z');
  await expect(agendaRows(page)).toHaveCount(1);
  await page.keyboard.press('Control+Y');
  await expect(page.getByText('There is no removal to redo here.')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(agendaRows(page)).toHaveCount(2);

  // In a text field, Ctrl+Z undoes the typing and leaves the rows alone.
  const owner = page.getByLabel('Owner of item 1', { exact: true });
  await owner.click();
  await owner.press('End');
  await owner.pressSequentially(' Berg');
  await expect(owner).toHaveValue('Ingrid Berg');
  await owner.press('Control+Z');
  await expect(owner).not.toHaveValue('Ingrid Berg');
  await expect(agendaRows(page)).toHaveCount(2);
  await expectAllSaved(page);

  // F5 runs the session, as a slideshow would start.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('current-item')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(worksheetHeading(page, 'Purpose & agenda')).toBeVisible();

  // Ctrl+F from an engagement: the home, with the search ready to type into.
  await page.keyboard.press('Control+F');
  const search = page.getByRole('searchbox', { name: 'Find engagements by client or title' });
  await expect(search).toBeFocused();
  await page.keyboard.type('nothing like it');
  await expect(page.getByText('No engagement matches “nothing like it”.')).toBeVisible();
});

test('shows a visible focus ring on every control the keyboard reaches', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, { clientName: 'Borealis Foods', title: 'Retail launch' });
  await addAgendaItems(page, [{ title: 'Welcome & purpose', minutes: 5, owner: 'Ingrid' }]);
  await page.getByRole('button', { name: '← Engagements' }).focus();
  const inWorkspace = await walkWithTab(page, 40);
  expect(inWorkspace).toEqual(
    expect.arrayContaining(['Add session', 'Participants', 'Run session', 'Agenda item 1']),
  );

  await page.getByRole('button', { name: '← Engagements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible();
  const onHome = await walkWithTab(page, 12);
  expect(onHome).toEqual(
    expect.arrayContaining([
      'Import engagement file…',
      'Find engagements by client or title',
      'Delete Borealis Foods — Retail launch',
    ]),
  );

  await openBackups(page);
  await page.getByRole('button', { name: '← Engagements' }).focus();
  const onBackups = await walkWithTab(page, 8);
  expect(onBackups).toEqual(
    expect.arrayContaining(['Back up everything to a file…', 'Restore from a file…']),
  );
});
