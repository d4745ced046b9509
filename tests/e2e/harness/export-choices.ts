import { expect, type Page } from '@playwright/test';

export interface ExportChoice {
  /** Client version (the default for a new engagement) or working version. */
  version?: 'client' | 'working';
  /** The plan's sections to leave unticked, by their labels ("Brand personality"). */
  untick?: readonly string[];
  /** How the plan's charts come; left as remembered when not given. */
  charts?: 'pictures' | 'native';
}

/**
 * Answers the choice that opens before an export: the version and, for the plan, the sections.
 * By default the working version with what was ticked before, as every export was before the
 * client version existed.
 */
export async function takeExportChoices(
  page: Page,
  { version = 'working', untick = [], charts }: ExportChoice = {},
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^Export the / });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('radio', { name: version === 'client' ? /^Client version/ : /^Working version/ })
    .check();
  for (const label of untick) await dialog.getByRole('checkbox', { name: label }).uncheck();
  if (charts)
    await dialog
      .getByRole('radio', { name: charts === 'native' ? /^Editable Word charts/ : /^Pictures/ })
      .check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Presses an export button ("Export plan (.docx)") and answers the choice before it exports. */
export async function exportThrough(
  page: Page,
  button: string,
  choice: ExportChoice = {},
): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await takeExportChoices(page, choice);
}
