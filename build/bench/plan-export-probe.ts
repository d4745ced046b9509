import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createDocumentWorker,
  type DocumentWorker,
} from '../../main/documents/document-worker-client';
import { buildMarketingPlanDocument } from '../../main/documents/marketing-plan-document';
import { documentLook } from '../../main/documents/document-look';
import { defaultAppSettings } from '../../shared/settings/app-settings';
import { packDocument } from '../../main/documents/pack-document';
import { pageFonts } from '../../main/documents/page-fonts';
import { drawPlanCharts, parsePlanCharts } from '../../main/documents/plan-charts';
import { prepareChartFonts } from '../../main/charts/rasterize-svg';
import { forgetDrawnPngs } from '../../main/charts/drawn-png-cache';
import { createHandlers } from '../../main/ipc/create-handlers';
import { dispatch } from '../../main/ipc/dispatch';
import { marketingPlanSnapshotSchema } from '../../shared/documents/marketing-plan-snapshot';
import { fullEngagementPlan } from '../../tests/shared/documents/fixtures/full-engagement-records';
import { watchMainThread } from './main-thread-holds';
import { median } from './report';

/**
 * Runs in a Node process of its own (see probe-process.ts), as main would: the plan of a long,
 * busy engagement, parsed as the contract parses it, its charts drawn, the document built and
 * packed, each timed; then exported through main's real handler and the built document worker
 * (its first export warmed up and truly cold, then warm), watching how long main's thread is ever
 * held. Prints the figures as JSON.
 */
const [outFolder = 'out', runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);

const timed = async <T>(run: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};
async function medianOf(run: () => Promise<unknown>, returnsFigure = false): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1)
    times.push(returnsFigure ? ((await run()) as number) : (await timed(run))[1]);
  return median(times);
}

/** A PNG's width times its height, from its header. */
const pngPixels = (png: Uint8Array) => {
  const header = new DataView(png.buffer, png.byteOffset, 24);
  return header.getUint32(16) * header.getUint32(20);
};

const payload = JSON.stringify(fullEngagementPlan());
const [snapshot, parseMs] = await timed(() =>
  marketingPlanSnapshotSchema.parse(JSON.parse(payload)),
);
const charts = parsePlanCharts(snapshot.charts);
const options = { campaignCount: snapshot.campaigns.length };
// The first export of a process loads the chart machinery; later ones find it warm.
const [, firstChartsMs] = await timed(() => drawPlanCharts(charts, options));
// As the app's document worker does, idle, after its first export (see document-worker.ts).
await prepareChartFonts();
// Each drawn afresh: the pictures of charts drawn before are forgotten first (a plan exported
// again with its charts unchanged reuses them; see unchangedChartsMs).
const chartsMs = await medianOf(() => {
  forgetDrawnPngs();
  return drawPlanCharts(charts, options);
});
// The CPU time of the same (every thread of the process: resvg's and zlib's too), which the
// machine's other load disturbs less than the time on the clock.
// And the memory pages the kernel faulted in meanwhile: each a fresh 4 KB page, zeroed, that the
// process's threads first wrote (resvg's pixels, their copy, zlib's and V8's buffers). The count
// does not depend on the machine's load, and shows the allocators' cost apart from the drawing.
const chartsPageFaults: number[] = [];
const chartsCpuMs = await medianOf(async () => {
  forgetDrawnPngs();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const before = process.cpuUsage();
  await drawPlanCharts(charts, options);
  const used = process.cpuUsage(before);
  chartsPageFaults.push(process.resourceUsage().minorPageFault - faultsBefore);
  return (used.user + used.system) / 1000;
}, true);
// The plan exported again with its charts unchanged: each chart's SVG made and its picture reused.
const unchangedChartsMs = await medianOf(() => drawPlanCharts(charts, options));
const drawn = await drawPlanCharts(charts, options);
const settings = { ...defaultAppSettings, firmName: 'North Star Consulting' };
const look = await documentLook(snapshot.engagement, snapshot.branding, settings);
const buildMs = await medianOf(async () =>
  buildMarketingPlanDocument(snapshot, drawn, look, { fonts: pageFonts() }),
);
const document = buildMarketingPlanDocument(snapshot, drawn, look, { fonts: pageFonts() });
const [bytes] = await timed(() => packDocument(document));
const packMs = await medianOf(() =>
  packDocument(buildMarketingPlanDocument(snapshot, drawn, look, { fonts: pageFonts() })),
);

// The same plan exported as the app exports it: main receives the payload (JSON.parse stands in
// for the IPC's deserialising), the built document worker parses it with the contract's schema,
// draws, builds and packs; main writes the file. The first export of each fresh worker is timed
// two ways, alternated: as a consultant meets it (the worker warmed up at a quiet moment once the
// engagement was open, as the app asks for; see warm-up.ts), and truly cold (the worker started by
// the export itself). Beside each time, the CPU time of every thread of the process meanwhile.
const folder = mkdtempSync(join(tmpdir(), 'session-studio-bench-plan-'));
let documents: DocumentWorker | null = null;
const handlers = createHandlers({
  appInfo: () => ({ name: 'Session Studio', version: 'bench', userDataPath: folder }),
  chooseSavePath: async () => join(folder, 'plan.docx'),
  documentBuilder: {
    build: (job, options) => (documents as DocumentWorker).build(job, options),
    check: (order) => (documents as DocumentWorker).check(order),
    prepare: () => documents?.prepare(),
  },
});
const exportOnce = async () => {
  const result = await dispatch(handlers, 'exportMarketingPlanDocx', JSON.parse(payload));
  if (!result.ok) throw new Error(result.error.message);
};
const freshWorker = () =>
  createDocumentWorker({ spawn: () => new Worker(join(outFolder, 'main/document-worker.js')) });
const cpuMsOf = async (run: () => Promise<unknown>): Promise<[number, number]> => {
  const before = process.cpuUsage();
  const [, ms] = await timed(run);
  const used = process.cpuUsage(before);
  return [ms, (used.user + used.system) / 1000];
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const mb = (bytes: number) => bytes / (1024 * 1024);

const stopWatching = watchMainThread();
const prepared: number[] = [];
const preparedCpu: number[] = [];
const cold: number[] = [];
const coldCpu: number[] = [];
const warmUpMs: number[] = [];
const warmedUpRssMb: number[] = [];
const exportedRssMb: number[] = [];
let mainWarmMs = 0;
const warmCpu: number[] = [];
for (let run = 0; run < runs; run += 1) {
  documents = freshWorker();
  await settle();
  const rssBefore = process.memoryUsage().rss;
  warmUpMs.push((await timed(() => (documents as DocumentWorker).warmUp()))[1]);
  await settle();
  warmedUpRssMb.push(mb(process.memoryUsage().rss - rssBefore));
  const [preparedMs, preparedCpuMs] = await cpuMsOf(exportOnce);
  prepared.push(preparedMs);
  preparedCpu.push(preparedCpuMs);
  await settle();
  exportedRssMb.push(mb(process.memoryUsage().rss - rssBefore));
  await documents.close();

  documents = freshWorker();
  const [coldMs, coldCpuMs] = await cpuMsOf(exportOnce);
  cold.push(coldMs);
  coldCpu.push(coldCpuMs);
  if (run === runs - 1) {
    const warm: number[] = [];
    for (let again = 0; again < runs; again += 1) {
      const [warmMs, warmCpuMs] = await cpuMsOf(exportOnce);
      warm.push(warmMs);
      warmCpu.push(warmCpuMs);
    }
    mainWarmMs = median(warm);
  }
  await documents.close();
}
const holds = stopWatching();
rmSync(folder, { recursive: true, force: true });

process.stdout.write(
  JSON.stringify({
    payloadKb: payload.length / 1024,
    parseMs,
    firstChartsMs,
    chartsMs,
    chartsCpuMs,
    chartsPageFaults: median(chartsPageFaults),
    unchangedChartsMs,
    buildMs,
    packMs,
    documentKb: bytes.length / 1024,
    chartCount: Object.keys(drawn).length,
    pictureCount: Object.values(drawn).flat().length,
    chartsMegapixels:
      Object.values(drawn)
        .flat()
        .reduce((sum, chart) => sum + (chart?.image ? pngPixels(chart.image.png) : 0), 0) / 1e6,
    mainPreparedMs: median(prepared),
    mainPreparedCpuMs: median(preparedCpu),
    mainColdMs: median(cold),
    mainColdCpuMs: median(coldCpu),
    warmUpMs: median(warmUpMs),
    warmedUpRssMb: median(warmedUpRssMb),
    exportedRssMb: median(exportedRssMb),
    mainWarmMs,
    mainWarmCpuMs: median(warmCpu),
    mainThreadStallMs: holds.longestHoldMs,
    mainThreadGapMs: holds.longestGapMs,
  }),
);
