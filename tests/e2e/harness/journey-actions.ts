import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the engagement's Customer journey map worksheet. */
export async function openJourneyMap(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Worksheets' })
    .getByRole('button', {
      name: 'Customer journey map',
    })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Customer journey map' })).toBeVisible();
}

/** A field of the map by its full name, e.g. "Customer goal — 1. Awareness". */
export function journeyField(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** The phase names in journey order, as the name fields show them. */
export async function readPhaseNames(page: Page): Promise<string[]> {
  const count = await page.getByLabel(/^Name of phase \d+$/).count();
  const names: string[] = [];
  for (let index = 1; index <= count; index += 1)
    names.push(await journeyField(page, `Name of phase ${index}`).inputValue());
  return names;
}

export async function expectPhaseNames(page: Page, names: readonly string[]): Promise<void> {
  await expect(page.getByLabel(/^Name of phase \d+$/)).toHaveCount(names.length);
  for (const [index, name] of names.entries())
    await expect(journeyField(page, `Name of phase ${index + 1}`)).toHaveValue(name);
}

export interface TouchPointInput {
  channel: string;
  content: string;
  owner: string;
  status: 'Exists today' | 'Planned';
}

/** Adds a touch point to a phase ("2. Consideration") and fills it in. */
export async function addTouchPoint(
  page: Page,
  phase: string,
  number: number,
  point: TouchPointInput,
): Promise<void> {
  await journeyField(page, `Add touch point — ${phase}`).click();
  const name = `touch point ${number} — ${phase}`;
  const channel = journeyField(page, `Channel of ${name}`);
  await expect(channel).toBeFocused();
  await channel.fill(point.channel);
  await journeyField(page, `What the prospect sees or does at ${name}`).fill(point.content);
  await journeyField(page, `Owner of ${name}`).fill(point.owner);
  await journeyField(page, `Status of ${name}`).selectOption({ label: point.status });
}

export async function expectTouchPoint(
  page: Page,
  phase: string,
  number: number,
  point: TouchPointInput,
): Promise<void> {
  const name = `touch point ${number} — ${phase}`;
  await expect(journeyField(page, `Channel of ${name}`)).toHaveValue(point.channel);
  await expect(journeyField(page, `What the prospect sees or does at ${name}`)).toHaveValue(
    point.content,
  );
  await expect(journeyField(page, `Owner of ${name}`)).toHaveValue(point.owner);
  await expect(journeyField(page, `Status of ${name}`)).toHaveValue(
    point.status === 'Planned' ? 'planned' : 'existing',
  );
}

/** The emotion chart's drawing, found by its text alternative. */
export function emotionChart(page: Page): Locator {
  return page.getByRole('img', { name: /^Emotion (across|in)/ });
}
