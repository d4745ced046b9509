import type { Locator, Page } from '@playwright/test';

/**
 * Pastes text into a field through the real clipboard and Ctrl+V, as a consultant pastes from an
 * email or a spreadsheet. (Typing thousands of lines with fill() takes Chromium minutes; a paste
 * takes under a second, which is what a person sees.)
 */
export async function pasteInto(page: Page, field: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}
