import { expect, type Locator, type Page } from '@playwright/test';
import { expectAllSaved } from './consultant-actions';

export interface AgendaEntry {
  title: string;
  minutes: number;
  owner: string;
}

/** One agenda row as the consultant sees it: start, item, minutes, owner (like the Word table). */
export type AgendaLine = [start: string, title: string, minutes: string, owner: string];

export function agendaRows(page: Page): Locator {
  return page.getByTestId('agenda-row');
}

/** Appends items the way a consultant does: Add agenda item, then type into the new row. */
export async function addAgendaItems(page: Page, items: readonly AgendaEntry[]): Promise<void> {
  for (const item of items) {
    const number = (await agendaRows(page).count()) + 1;
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const title = page.getByLabel(`Agenda item ${number}`, { exact: true });
    await expect(title).toBeFocused();
    await title.fill(item.title);
    await page.getByLabel(`Minutes for item ${number}`, { exact: true }).fill(String(item.minutes));
    await page.getByLabel(`Owner of item ${number}`, { exact: true }).fill(item.owner);
  }
  await expectAllSaved(page);
}

/** Every agenda row as shown, top to bottom, once the agenda has loaded. */
export async function readAgenda(page: Page): Promise<AgendaLine[]> {
  // The editor (and its Add button) appears only once the session's items have been read.
  await expect(page.getByRole('button', { name: 'Add agenda item' })).toBeVisible();
  const lines: AgendaLine[] = [];
  for (const row of await agendaRows(page).all()) {
    const inputs = row.locator('input');
    lines.push([
      (await row.getByTestId('agenda-start').textContent()) ?? '',
      await inputs.nth(0).inputValue(),
      await inputs.nth(1).inputValue(),
      await inputs.nth(2).inputValue(),
    ]);
  }
  return lines;
}

/** Drags an item by its handle with the mouse and drops it on another item's place. */
export async function dragAgendaItem(page: Page, from: string, onto: string): Promise<void> {
  const handle = page.getByRole('button', { name: `Drag “${from}” to reorder` });
  const target = page.getByRole('button', { name: `Drag “${onto}” to reorder` });
  const start = await handle.boundingBox();
  const end = await target.boundingBox();
  if (!start || !end) throw new Error('The agenda rows are not on screen.');
  const x = start.x + start.width / 2;
  await page.mouse.move(x, start.y + start.height / 2);
  await page.mouse.down();
  // Small steps, as a hand would move: the list reacts once the pointer has moved a few pixels.
  const direction = end.y > start.y ? 1 : -1;
  await page.mouse.move(x, start.y + start.height / 2 + 10 * direction, { steps: 5 });
  await page.mouse.move(x, end.y + end.height / 2 + 6 * direction, { steps: 15 });
  await page.mouse.up();
}

/** Moves an item from the keyboard with its drag handle: Space, arrow keys, Space. */
export async function moveAgendaItemWithHandle(
  page: Page,
  title: string,
  steps: number,
): Promise<void> {
  const handle = page.getByRole('button', { name: `Drag “${title}” to reorder` });
  const rows = page.getByRole('list', { name: 'Agenda items' }).locator('li[data-sortable-id]');
  const total = await rows.count();
  const id = (await handle.locator('xpath=ancestor::li[1]').getAttribute('data-sortable-id')) ?? '';
  const ids = await rows.evaluateAll((items) =>
    items.map((row) => row.getAttribute('data-sortable-id') ?? ''),
  );
  const from = ids.indexOf(id) + 1;
  await moveWithDragHandle(page, handle, from, from + steps, total);
}

/**
 * Moves a row (or a column, along the horizontal axis) with its drag handle from the keyboard
 * (Space, arrows, Space), waiting for each spoken step as a person waits to see the move.
 * Positions count from 1.
 */
export async function moveWithDragHandle(
  page: Page,
  handle: Locator,
  from: number,
  to: number,
  total: number,
  axis: 'vertical' | 'horizontal' = 'vertical',
): Promise<void> {
  const [back, forward] =
    axis === 'vertical' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  // Each list has its own live region; a drop always ends with "dropped", so no step is stale.
  const announced = (text: string) =>
    expect(page.locator('[id^="DndLiveRegion"]').filter({ hasText: text })).toHaveCount(1);
  await handle.focus();
  await page.keyboard.press('Space');
  await announced(`Picked up`);
  await announced(`at position ${from} of ${total}.`);
  // dnd-kit starts listening for the arrow keys on a zero-delay timer after the pick-up; a timer
  // queued now runs after it, so the first arrow is never pressed before anyone listens.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const step = Math.sign(to - from);
  for (let at = from + step; step !== 0 && at !== to + step; at += step) {
    await page.keyboard.press(step < 0 ? back : forward);
    await announced(`is over position ${at} of ${total}.`);
  }
  await page.keyboard.press('Space');
}

export interface PurposeAndGoals {
  purpose: string;
  ultimateGoal: string;
  immediateGoals: string;
}

/** A kick-off's purpose and goals as a consultant would write them. */
export const kickOffGoals: PurposeAndGoals = {
  purpose: 'Agree on three objectives for Q1 that sales and marketing both own.',
  ultimateGoal: 'Grow new-customer revenue 20% by next year.',
  immediateGoals: 'Name the three objectives\nName an owner for each',
};

/** A kick-off's first three agenda items (09:00, 09:15, 10:00 from a 09:00 start). */
export const kickOffAgenda: readonly AgendaEntry[] = [
  { title: 'Welcome & purpose', minutes: 15, owner: 'Dana' },
  { title: 'Situation review', minutes: 45, owner: 'Sam (Sales)' },
  { title: 'Objectives & owners', minutes: 30, owner: 'Lee' },
];

export async function writePurposeAndGoals(page: Page, goals: PurposeAndGoals): Promise<void> {
  await page.getByLabel('Purpose of this session').fill(goals.purpose);
  await page.getByLabel('Ultimate goal').fill(goals.ultimateGoal);
  await page.getByLabel('Immediate, realistic goals').fill(goals.immediateGoals);
}
