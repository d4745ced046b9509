import { runProbe } from './probe-process';
import { benchRuns, type Measurement } from './report';

export interface PlanExportFigures {
  payloadKb: number;
  parseMs: number;
  firstChartsMs: number;
  chartsMs: number;
  chartsCpuMs: number;
  /** Fresh memory pages faulted in while drawing them warm (median of the CPU-timed runs). */
  chartsPageFaults: number;
  unchangedChartsMs: number;
  buildMs: number;
  packMs: number;
  documentKb: number;
  /** The first export of a worker warmed up at a quiet moment, as the app has it (median). */
  mainPreparedMs: number;
  /** The CPU time of all the process's threads meanwhile. */
  mainPreparedCpuMs: number;
  /** The first export of a worker it started itself, truly cold (median). */
  mainColdMs: number;
  mainColdCpuMs: number;
  /** The warm-up itself: the worker started, the sample's plan built. */
  warmUpMs: number;
  /** What the process's resident memory grew by with the worker warmed up, then after the export. */
  warmedUpRssMb: number;
  exportedRssMb: number;
  mainWarmMs: number;
  mainWarmCpuMs: number;
  mainThreadStallMs: number;
  mainThreadGapMs: number;
  /** How many charts the plan holds: counted from what was drawn, not assumed. */
  chartCount: number;
  /** How many pictures they are drawn as: a long campaign timeline is split into several. */
  pictureCount: number;
  /** The pixels of those pictures, in millions: what the drawing's cost mostly follows. */
  chartsMegapixels: number;
}

/**
 * Where the time of exporting the long, busy plan goes, in main: the payload, its parse, the
 * charts, the document built and packed, and the export through main's handler and the document
 * worker, with the longest hold of main's thread meanwhile.
 */
export async function measureMarketingPlanExport(outFolder: string): Promise<Measurement[]> {
  const figures = await runProbe<PlanExportFigures>('plan-export-probe.ts', [
    outFolder,
    String(benchRuns()),
  ]);
  const charts = `${figures.chartCount} charts in ${figures.pictureCount} pictures`;
  return [
    {
      label: 'Busy plan: snapshot sent to main',
      value: figures.payloadKb,
      unit: 'KB',
      budget: 'planPayloadKb',
    },
    {
      label: 'Busy plan: snapshot parsed by its schema (in the document worker)',
      value: figures.parseMs,
      unit: 'ms',
    },
    {
      label: `Busy plan: ${charts}, first of a process`,
      value: figures.firstChartsMs,
      unit: 'ms',
    },
    {
      label: `Busy plan: ${charts}, warm`,
      value: figures.chartsMs,
      unit: 'ms',
      budget: 'planChartsWarmMs',
    },
    {
      label: `Busy plan: ${charts}, warm, CPU time of all the process's threads`,
      value: figures.chartsCpuMs,
      unit: 'ms',
    },
    {
      label: `Busy plan: ${charts}, warm, fresh memory pages (4 KB) faulted in`,
      value: figures.chartsPageFaults,
      unit: 'pages',
    },
    {
      label: `Busy plan: ${charts}, pixels drawn (print resolution)`,
      value: figures.chartsMegapixels,
      unit: 'million',
    },
    {
      label: `Busy plan: ${charts}, unchanged since the last export (pictures reused)`,
      value: figures.unchangedChartsMs,
      unit: 'ms',
    },
    { label: 'Busy plan: document objects made', value: figures.buildMs, unit: 'ms' },
    {
      label: 'Busy plan: document made and packed (page numbers, XML, zip)',
      value: figures.packMs,
      unit: 'ms',
    },
    { label: 'Busy plan: Word file', value: figures.documentKb, unit: 'KB' },
    {
      label: 'Busy plan: worker warmed up at a quiet moment (the sample’s plan built)',
      value: figures.warmUpMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: the warmed-up worker’s resident memory',
      value: figures.warmedUpRssMb,
      unit: 'MB',
    },
    {
      label: 'Busy plan: the same after its first export',
      value: figures.exportedRssMb,
      unit: 'MB',
    },
    {
      label: 'Busy plan: main’s request to file written, first export, worker warmed up',
      value: figures.mainPreparedMs,
      unit: 'ms',
      budget: 'planExportColdMs',
    },
    {
      label: 'Busy plan: the same, CPU time of all the process’s threads',
      value: figures.mainPreparedCpuMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: main’s request to file written, first export, truly cold worker',
      value: figures.mainColdMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: the same, CPU time of all the process’s threads',
      value: figures.mainColdCpuMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: main’s request to file written, warm worker',
      value: figures.mainWarmMs,
      unit: 'ms',
      budget: 'planExportWarmMs',
    },
    {
      label: 'Busy plan: the same, CPU time of all the process’s threads',
      value: figures.mainWarmCpuMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: longest hold of main’s thread meanwhile, by its own work',
      value: figures.mainThreadStallMs,
      unit: 'ms',
      budget: 'planMainThreadStallMs',
    },
    {
      label: 'Busy plan: longest turn of main’s event loop, with waiting for a core',
      value: figures.mainThreadGapMs,
      unit: 'ms',
    },
  ];
}
