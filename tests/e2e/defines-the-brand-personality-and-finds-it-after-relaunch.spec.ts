import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngagement, expectAllSaved } from './harness/consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './harness/launch-app';
import { openWorksheet, reopenEngagement } from './harness/worksheet-navigation';

let app: AppHarness;
test.afterEach(async () => {
  expect(app.networkAttempts).toEqual([]);
  await app.close();
});

const client = { clientName: 'Borealis Foods', title: 'Retail launch' };
const brandTone = {
  'Funny – Serious': '4 – rather serious',
  'Formal – Casual': '3 – in between',
  'Respectful – Irreverent': '2 – rather respectful',
  'Enthusiastic – Matter-of-fact': '3 – in between',
};
const channelOrder = ['Email', 'Social media', 'Website', 'PR', 'Sales decks', 'Trade shows'];

const scale = (page: Page, dimension: string, owner: string) =>
  page.getByRole('radiogroup', { name: `${dimension} (${owner})` });
const channelRows = (page: Page) => page.getByTestId('channel-row');
/** Pastes as the clipboard does: one paste event carrying the text. */
async function paste(field: Locator, text: string) {
  await field.focus();
  await field.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}
const chips = (page: Page, list: string) =>
  page.getByRole('list', { name: list }).getByRole('listitem');

async function expectEverything(page: Page) {
  await expect(page.getByLabel('We are (trait 1)')).toHaveValue('Warm');
  await expect(page.getByLabel('We are not (trait 1)')).toHaveValue('Soppy');
  await expect(page.getByLabel('We are (trait 2)')).toHaveValue('Confident');
  await expect(page.getByLabel('We are not (trait 2)')).toHaveValue('Arrogant');
  for (const [dimension, choice] of Object.entries(brandTone))
    await expect(
      scale(page, dimension, 'brand').getByRole('radio', { name: choice }),
    ).toBeChecked();
  for (const [index, name] of channelOrder.entries())
    await expect(page.getByLabel(`Name of channel ${index + 1}`)).toHaveValue(name);
  await expect(
    scale(page, 'Formal – Casual', 'Email').getByRole('radio', { name: /^1 – very formal/ }),
  ).toBeChecked();
  await expect(channelRows(page).first()).toContainText('Email is more formal than the brand.');
  await expect(channelRows(page).first()).toContainText('Consistency 88 %');
  await expect(channelRows(page).nth(2)).toContainText('Consistency 100 %');
  const figure = page.getByRole('figure');
  await expect(figure).toHaveAccessibleName(/1 channel drifts from the brand: Email \(88 %\)/);
  await expect(figure.locator('svg.tone-drift')).toContainText('Consistency');
  await expect(chips(page, 'Words to use')).toHaveText([/proven/, /straightforward/, /together/]);
  await expect(chips(page, 'Words to avoid')).toHaveText([/cheap/, /world-class/]);
}

test('defines the brand personality and finds every value after relaunching offline', async () => {
  const profileDir = newProfileDir();
  app = await launchApp(profileDir);
  let { page } = app;
  await createEngagement(page, client);
  await openWorksheet(page, 'Brand personality');

  // Traits as pairs; the second moves first; a removal is undone.
  await page.getByRole('button', { name: 'Add trait' }).click();
  await page.getByLabel('We are (trait 1)').fill('Confident');
  await page.getByLabel('We are not (trait 1)').fill('Arrogant');
  await page.getByRole('button', { name: 'Add trait' }).click();
  await expect(page.getByLabel('We are (trait 2)')).toBeFocused();
  await page.getByLabel('We are (trait 2)').fill('Warm');
  await page.getByLabel('We are not (trait 2)').fill('Soppy');
  await expectAllSaved(page);
  await page.getByLabel('We are not (trait 2)').press('Alt+ArrowUp');
  await expect(page.getByLabel('We are (trait 1)')).toHaveValue('Warm');
  await page.getByRole('button', { name: 'Remove “Confident / Arrogant”' }).click();
  await expect(page.getByLabel('We are (trait 2)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('We are (trait 2)')).toHaveValue('Confident');

  // The brand's tone: by pointer, and by keyboard along the scale.
  await scale(page, 'Funny – Serious', 'brand')
    .getByRole('radio', { name: '4 – rather serious' })
    .check();
  await scale(page, 'Respectful – Irreverent', 'brand')
    .getByRole('radio', { name: '2 – rather respectful' })
    .check();
  await scale(page, 'Enthusiastic – Matter-of-fact', 'brand')
    .getByRole('radio', { name: '3 – in between' })
    .check();
  const formality = scale(page, 'Formal – Casual', 'brand');
  await formality.getByRole('radio', { name: '2 – rather formal' }).check();
  await formality.getByRole('radio', { name: '2 – rather formal' }).press('ArrowRight');
  await expect(formality.getByRole('radio', { name: '3 – in between' })).toBeChecked();
  await expect(formality.getByRole('radio', { name: '3 – in between' })).toBeFocused();

  // Channels: the usual ones on request, then renamed, added, removed, reordered.
  await expect(page.getByText('The chart appears once the brand has channels.')).toBeVisible();
  await page.getByRole('button', { name: 'Start with the usual channels' }).click();
  await expect(channelRows(page)).toHaveCount(6);
  await page.getByLabel('Name of channel 6').fill('Sales decks');
  const newChannel = page.getByLabel('New channel');
  await page.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByText('Channel name is required.')).toBeVisible();
  await newChannel.fill('email');
  await page.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByText('There is already a channel called “Email”.')).toBeVisible();
  await newChannel.fill('Trade shows');
  await newChannel.press('Enter');
  await expect(channelRows(page)).toHaveCount(7);
  await expect(newChannel).toHaveValue('');
  await page.getByRole('button', { name: 'Remove “PR”' }).click();
  await expect(channelRows(page)).toHaveCount(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(channelRows(page)).toHaveCount(7);
  await page.getByRole('button', { name: 'Remove “Advertising”' }).click();
  await expect(channelRows(page)).toHaveCount(6);
  for (let step = 0; step < 3; step += 1)
    await page.getByRole('button', { name: 'Move “Email” up' }).click();
  await expect(page.getByLabel('Name of channel 1')).toHaveValue('Email');

  // Each channel as it sounds today: the website matches, email drifts.
  for (const owner of ['Website', 'Email'])
    for (const [dimension, choice] of Object.entries(brandTone))
      await scale(page, dimension, owner)
        .getByRole('radio', { name: new RegExp(`^${choice}`) })
        .check();
  await scale(page, 'Formal – Casual', 'Email')
    .getByRole('radio', { name: /^1 – very formal/ })
    .check();
  await expect(channelRows(page).first()).toContainText(
    'Drifts: Email is more formal than the brand.',
  );

  // Words: several at once, typed or pasted.
  const addToUse = page.getByLabel('Add words to use');
  await addToUse.fill('proven, straightforward; together');
  await addToUse.press('Enter');
  await expect(chips(page, 'Words to use')).toHaveCount(3);
  const addToAvoid = page.getByLabel('Add words to avoid');
  await paste(addToAvoid, 'cheap\nworld-class\n');
  await page.getByRole('button', { name: 'Add', exact: true }).nth(1).click();
  await expect(chips(page, 'Words to avoid')).toHaveCount(2);
  await expect(addToAvoid).toHaveValue('');

  await expectEverything(page);
  await expectAllSaved(page);

  await app.close();
  app = await launchApp(profileDir);
  page = app.page;
  await reopenEngagement(page, client.clientName, client.title);
  await openWorksheet(page, 'Brand personality');
  await expectEverything(page);
});

test('adds what fits of a paste of thousands of words and keeps the rest in the box', async () => {
  app = await launchApp(newProfileDir());
  const { page } = app;
  await createEngagement(page, client);
  await openWorksheet(page, 'Brand personality');
  const addToAvoid = page.getByLabel('Add words to avoid');
  await addToAvoid.fill('cheap');
  await addToAvoid.press('Enter');
  await expect(chips(page, 'Words to avoid')).toHaveCount(1);
  const thousands = Array.from({ length: 3000 }, (_, index) => `word${index}`).join('\n');
  await paste(addToAvoid, `Cheap\n${thousands}`);
  await addToAvoid.press('Enter');
  await expect(page.getByText(/^Added 99 words\. Kept in the box:/)).toHaveText(
    'Added 99 words. Kept in the box: 2,901 did not fit: the list is full. Already in the list: Cheap.',
  );
  await expect(chips(page, 'Words to avoid')).toHaveCount(100);
  const left = (await addToAvoid.inputValue()).split('\n');
  expect(left).toHaveLength(2901);
  expect(left[0]).toBe('word99');
  await expectAllSaved(page);
});
