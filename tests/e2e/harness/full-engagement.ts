import { expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { fullEngagement } from '../../shared/engagement-file/full-engagement-fixture';
import { engagementFilePath, importEngagementFile } from './engagement-file-actions';
import type { AppHarness } from './launch-app';

/**
 * Imports an engagement with a row in every worksheet (two sessions, a journey, a plan, campaigns)
 * through Import engagement file…, and lands in it.
 */
export async function importFullEngagement(app: AppHarness): Promise<{ clientName: string }> {
  const content = fullEngagement();
  const file = collectEngagementFile(content, {
    exportedAt: new Date('2026-11-22T10:30:00.000Z'),
    app: { name: 'Session Studio', version: 'test' },
  });
  const path = engagementFilePath();
  writeFileSync(path, JSON.stringify(file, null, 2));
  await importEngagementFile(app, path);
  const { clientName } = content.engagement;
  await expect(app.page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  return { clientName };
}
