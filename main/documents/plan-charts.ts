import { summariseCampaignTimeline } from '../../shared/charts/campaign-timeline-summary';
import {
  ChartDataError,
  chartKindSchema,
  parseChartData,
} from '../../shared/charts/chart-data-schemas';
import { chartNames, type ChartDataByKind, type ChartKind } from '../../shared/charts/chart-kinds';
import { summariseEmotionCurve } from '../../shared/charts/emotion-curve-summary';
import { summariseInvestmentReturn } from '../../shared/charts/investment-return-summary';
import { summariseReverseFunnel } from '../../shared/charts/reverse-funnel-summary';
import { summariseToneDrift } from '../../shared/charts/tone-drift-summary';
import type { PlanChartPayload } from '../../shared/documents/marketing-plan-snapshot';
import { maxRasterScale } from '../charts/rasterize-svg';
import { drawChartImage } from '../charts/render-chart';
import { textBox } from './page-layout';
import type { ChartForm } from '../../shared/documents/chart-form';
import { fitToBox, type DrawnChart } from './chart-figure';
import { nativeChart } from './native-plan-charts';

/** The plan's charts, parsed: at most one of each kind. */
export type PlanChartData = { [K in ChartKind]?: ChartDataByKind[K] };
export type PlanCharts = { [K in ChartKind]?: DrawnChart };

/** Thrown when the charts' data cannot be drawn; its message is meant for the consultant. */
export class PlanChartError extends Error {
  override name = 'PlanChartError';
}

/**
 * Parses the charts the renderer sent with the chart schemas, before anything is asked or drawn:
 * data that cannot be drawn is refused with the reason, and each chart may come once.
 */
export function parsePlanCharts(payloads: readonly PlanChartPayload[]): PlanChartData {
  const charts: Record<string, unknown> = {};
  for (const { kind, data } of payloads) {
    const known = chartKindSchema.safeParse(kind);
    if (!known.success) throw new PlanChartError(`The plan cannot draw a chart called “${kind}”.`);
    if (known.data in charts)
      throw new PlanChartError(`The ${chartNames[known.data]} chart was sent twice.`);
    try {
      charts[known.data] = parseChartData(known.data, data);
    } catch (error) {
      if (error instanceof ChartDataError) throw new PlanChartError(error.message);
      throw error;
    }
  }
  return charts as PlanChartData;
}

/** Each chart's words: the same summary the worksheet shows beside it. */
export function chartSummary<K extends ChartKind>(
  kind: K,
  data: ChartDataByKind[K],
  undatedCampaigns: number,
): string {
  switch (kind) {
    case 'tone-drift':
      return summariseToneDrift(data as ChartDataByKind['tone-drift']);
    case 'emotion-curve':
      return summariseEmotionCurve(data as ChartDataByKind['emotion-curve']);
    case 'reverse-funnel':
      return summariseReverseFunnel(data as ChartDataByKind['reverse-funnel']);
    case 'investment-return':
      return summariseInvestmentReturn(data as ChartDataByKind['investment-return']);
    default:
      return summariseCampaignTimeline(
        data as ChartDataByKind['campaign-timeline'],
        undatedCampaigns,
      );
  }
}

/**
 * The PNG every reader without SVG shows (LibreOffice, older Word), and so every PDF made from
 * the document: 220 pixels to the inch, Word's own resolution for pictures in a printed
 * document, of the size the chart is placed at (charts go on landscape pages, shrunk to fit the
 * text's width and the page's height; never placed larger than drawn). Word 2016 and later draw
 * the SVG itself. More pixels than that print no sharper, and cost drawing and compressing time:
 * a tall chart, such as a long campaign timeline, is placed at half its width or less.
 */
export const printPixelsPerInch = 220;

/** Pixels per chart unit (a CSS pixel, 96 to the inch) for a chart of `width` × `height` units. */
export function printScale(width: number, height: number): number {
  const placed = fitToBox(width, height, textBox('landscape'));
  return Math.min(maxRasterScale, ((printPixelsPerInch / 96) * placed.width) / width);
}

/**
 * Two charts drawn at a time, one per core of a small laptop: resvg draws and zlib compresses
 * each on threads of their own. Each holds its print-resolution image in memory meanwhile (about
 * 18 MB of pixels for the long campaign timeline), within the command line's 250 MB budget.
 */
const chartsAtOnce = 2;

/** Each item's result, in the items' order, with at most `lanes` of them being worked on at once. */
async function inLanes<T, R>(
  items: readonly T[],
  lanes: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return results;
}

/**
 * Draws the charts parsed by parsePlanCharts as images (see chartsAtOnce), with their summaries;
 * with `form: 'native'`, the line and bar charts that have data become native Word charts
 * instead, and are not drawn.
 */
export async function drawPlanCharts(
  charts: PlanChartData,
  { campaignCount, form = 'pictures' }: { campaignCount: number; form?: ChartForm },
): Promise<PlanCharts> {
  const entries = Object.entries(charts) as [ChartKind, ChartDataByKind[ChartKind]][];
  const drawn = await inLanes(entries, chartsAtOnce, async ([kind, data]) => {
    const undated =
      kind === 'campaign-timeline'
        ? Math.max(
            0,
            campaignCount - (data as ChartDataByKind['campaign-timeline']).campaigns.length,
          )
        : 0;
    const words = { name: chartNames[kind], summary: chartSummary(kind, data, undated) };
    const native = form === 'native' ? nativeChart(kind, data) : undefined;
    const chart: DrawnChart = native
      ? { ...words, native }
      : { ...words, image: await drawChartImage(kind, data, { scale: printScale }) };
    return [kind, chart] as const;
  });
  return Object.fromEntries(drawn) as PlanCharts;
}
