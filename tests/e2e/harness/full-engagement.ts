import { expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';
import { engagementFilePath, importEngagementFile } from './engagement-file-actions';
import type { AppHarness } from './launch-app';

/** The engagement with a row in every worksheet, as an engagement file; resolves to its path. */
export function writeFullEngagementFile(): string {
  const file = collectEngagementFile(fullEngagement(), {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
  const path = engagementFilePath();
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

/**
 * Imports an engagement with a row in every worksheet (two sessions, a journey, a plan, campaigns)
 * through Import engagement file…, and lands in it.
 */
export async function importFullEngagement(app: AppHarness): Promise<{ clientName: string }> {
  await importEngagementFile(app, writeFullEngagementFile());
  const { clientName } = fullEngagement().engagement;
  await expect(app.page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  return { clientName };
}
