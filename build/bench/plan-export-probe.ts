import { monitorEventLoopDelay } from 'node:perf_hooks';
import { marketingPlanSnapshotSchema } from '../../shared/documents/marketing-plan-snapshot';
import { createDocumentWorker } from '../../main/documents/document-worker-client';
import { buildMarketingPlanDocument } from '../../main/documents/marketing-plan-document';
import { documentLook } from '../../main/documents/document-look';
import { defaultAppSettings } from '../../shared/settings/app-settings';
import { packDocument } from '../../main/documents/pack-document';
import { pageFonts } from '../../main/documents/page-fonts';
import { drawPlanCharts, parsePlanCharts } from '../../main/documents/plan-charts';
import { spawnSourceDocumentWorker } from '../../tests/main/documents/source-document-worker';
import { fullEngagementPlan } from '../../tests/shared/documents/fixtures/full-engagement-records';

/**
 * Runs in a Node process of its own (see marketing-plan-export.ts), as main would: the plan of a
 * long, busy engagement, parsed as the contract parses it, its charts drawn, the document built
 * and packed. Prints the timings as JSON.
 */
const timed = async <T>(run: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};

const payload = JSON.stringify(fullEngagementPlan());
const [snapshot, parseMs] = await timed(() =>
  marketingPlanSnapshotSchema.parse(JSON.parse(payload)),
);
const charts = parsePlanCharts(snapshot.charts);
const options = { campaignCount: snapshot.campaigns.length };
// The first export of a session loads the chart machinery; later ones find it warm.
const [, firstChartsMs] = await timed(() => drawPlanCharts(charts, options));
const [drawn, chartsMs] = await timed(() => drawPlanCharts(charts, options));
const settings = { ...defaultAppSettings, firmName: 'North Star Consulting' };
const look = await documentLook(snapshot.engagement, snapshot.branding, settings);
const [bytes, buildAndPackMs] = await timed(() =>
  packDocument(buildMarketingPlanDocument(snapshot, drawn, look, { fonts: pageFonts() })),
);
// The same plan as the app exports it, on the document worker: how long this (main's) thread is
// held meanwhile, by posting the snapshot and taking the bytes back; the rest is the worker's.
const documents = createDocumentWorker({ spawn: spawnSourceDocumentWorker });
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const [, workerExportMs] = await timed(() =>
  documents.build({ kind: 'marketing-plan', snapshot, settings }),
);
delay.disable();
await documents.close();
process.stdout.write(
  JSON.stringify({
    payloadKb: payload.length / 1024,
    parseMs,
    firstChartsMs,
    chartsMs,
    buildAndPackMs,
    documentKb: bytes.length / 1024,
    workerExportMs,
    mainThreadStallMs: delay.max / 1e6,
  }),
);
