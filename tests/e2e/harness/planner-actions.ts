import type { Locator, Page } from '@playwright/test';

/** Types a phase's rates to the next phase in the three scenarios, in percent. */
export async function setRates(
  page: Page,
  from: string,
  to: string,
  rates: [string, string, string],
): Promise<void> {
  for (const [index, scenario] of ['Cautious', 'Expected', 'Ambitious'].entries())
    await page
      .getByLabel(`${scenario} rate from ${from} to ${to} (%)`)
      .fill(rates[index] as string);
}

/** A campaign of the list, by its place: "Campaign 2". */
export function campaign(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Campaign ${number}`, exact: true });
}
