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
  mainColdMs: number;
  mainWarmMs: number;
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
      label: 'Busy plan: main’s request to file written, cold worker',
      value: figures.mainColdMs,
      unit: 'ms',
    },
    {
      label: 'Busy plan: main’s request to file written, warm worker',
      value: figures.mainWarmMs,
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
