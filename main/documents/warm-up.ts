import { join } from 'node:path';
import { planChartPayloads } from '../../shared/charts/plan-chart-payloads';
import { marketingPlanRecordsOfFile } from '../../shared/documents/engagement-file-records';
import { toMarketingPlanSnapshot } from '../../shared/documents/to-marketing-plan-snapshot';
import { sampleEngagementFileName } from '../../shared/samples/sample-files';
import { defaultAppSettings } from '../../shared/settings/app-settings';
import { readAndCheckEngagementFile } from '../engagement-file/check-engagement-file';
import { defaultSamplesFolder } from '../samples/samples-folder';
import { DocumentCancelledError } from './document-cancelled-error';
import { buildDocumentBytes } from './document-job';
import type { DocumentOrder } from './document-order';
import { jobOf } from './document-order';

/**
 * The sample engagement's marketing plan (the file that ships with the app), as the renderer
 * would send it: a plan of every part and chart, small enough to build in about a second. Null
 * when the sample cannot be found or read.
 */
export async function sampleWarmUpOrder(
  samplesFolder: string | null = defaultSamplesFolder(),
): Promise<DocumentOrder | null> {
  if (samplesFolder === null) return null;
  const checked = await readAndCheckEngagementFile(join(samplesFolder, sampleEngagementFileName));
  if (!checked.ok) return null;
  const records = marketingPlanRecordsOfFile(checked.file);
  const request = toMarketingPlanSnapshot(records, {
    preparedOn: new Date().toISOString().slice(0, 10),
    charts: planChartPayloads(records),
  });
  return { kind: 'marketing-plan', request, settings: defaultAppSettings };
}

/** How far a warm-up went: all through, stopped for a consultant's job, or failed. */
export type WarmUpOutcome = 'built' | 'stopped' | 'failed';

export interface WarmUpOptions {
  /** The plan to build; the sample engagement's by default. */
  order?: () => Promise<DocumentOrder | null>;
  /** True once a consultant's job waits: the warm-up then stops at its next stage. */
  jobWaiting: () => boolean;
}

/**
 * Gets a fresh document worker ready for the consultant's first export, at a quiet moment: a
 * plan nobody will see goes through every step an export takes (its request parsed by the
 * contract's schema, its charts drawn, laid out, packed), so the modules are loaded and evaluated
 * and their code compiled, zod's parsers built, fonts and metrics read. Its bytes are dropped.
 * When a job arrives meanwhile, the warm-up stops at its next stage (the job does the rest
 * itself). Never fails: whatever goes wrong, the export does what the warm-up did not.
 * Resolves with how far it went.
 */
export async function warmUpDocuments({
  order = () => sampleWarmUpOrder(),
  jobWaiting,
}: WarmUpOptions): Promise<WarmUpOutcome> {
  try {
    const warmUpOrder = await order();
    if (warmUpOrder === null) return 'failed';
    if (jobWaiting()) return 'stopped';
    await buildDocumentBytes(jobOf(warmUpOrder), () => {
      if (jobWaiting()) throw new DocumentCancelledError();
    });
    return 'built';
  } catch (error) {
    return error instanceof DocumentCancelledError ? 'stopped' : 'failed';
  }
}
