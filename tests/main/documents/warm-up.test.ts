import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { marketingPlanSnapshotSchema } from '../../../shared/documents/marketing-plan-snapshot';
import { sampleEngagementFileName } from '../../../shared/samples/sample-files';
import { defaultAppSettings } from '../../../shared/settings/app-settings';
import { sampleWarmUpOrder, warmUpDocuments } from '../../../main/documents/warm-up';
import type { DocumentOrder } from '../../../main/documents/document-order';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A samples folder whose sample engagement file holds `text`. */
function samplesHolding(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'session-studio-warm-up-'));
  folders.push(folder);
  writeFileSync(join(folder, sampleEngagementFileName), text);
  return folder;
}

const never = () => false;

describe('the warm-up plan', () => {
  it('is the shipped sample engagement’s plan, every chart included, as the contract takes it', async () => {
    const order = await sampleWarmUpOrder();
    expect(order?.kind).toBe('marketing-plan');
    const plan = marketingPlanSnapshotSchema.parse(order?.request);
    expect(plan.engagement.clientName).toMatch(/Halvorsen/);
    expect(plan.campaigns.length).toBeGreaterThan(0);
    expect(plan.charts.length).toBeGreaterThanOrEqual(4);
  });

  it('is none when the sample cannot be found or read', async () => {
    await expect(sampleWarmUpOrder(null)).resolves.toBeNull();
    await expect(sampleWarmUpOrder(samplesHolding('{ not an engagement'))).resolves.toBeNull();
  });
});

describe('warming up the documents', () => {
  it('builds the sample’s plan through every stage', async () => {
    await expect(warmUpDocuments({ jobWaiting: never })).resolves.toBe('built');
  }, 60_000);

  it('stops at its next stage once a consultant’s job waits', async () => {
    let stagesSeen = 0;
    const outcome = await warmUpDocuments({
      jobWaiting: () => {
        stagesSeen += 1;
        // The job arrives once the warm-up has read its plan, before its first stage.
        return stagesSeen > 1;
      },
    });
    expect(outcome).toBe('stopped');
    expect(stagesSeen).toBe(2);
  }, 60_000);

  it('does not start when the job came while its plan was read', async () => {
    await expect(warmUpDocuments({ jobWaiting: () => true })).resolves.toBe('stopped');
  });

  it('fails quietly, never throwing, when there is no plan or it cannot be built', async () => {
    await expect(warmUpDocuments({ order: async () => null, jobWaiting: never })).resolves.toBe(
      'failed',
    );
    await expect(
      warmUpDocuments({
        order: () => Promise.reject(new Error('disk gone')),
        jobWaiting: never,
      }),
    ).resolves.toBe('failed');
    const unparsable: DocumentOrder = {
      kind: 'marketing-plan',
      request: { nonsense: true },
      settings: defaultAppSettings,
    };
    await expect(
      warmUpDocuments({ order: async () => unparsable, jobWaiting: never }),
    ).resolves.toBe('failed');
  });
});
