import { summariseCampaignTimeline } from '../../shared/charts/campaign-timeline-summary';
import {
  ChartDataError,
  chartKindSchema,
  parseChartData,
} from '../../shared/charts/chart-data-schemas';
import {
  chartNames,
  forChartKind,
  type ChartDataByKind,
  type ChartKind,
} from '../../shared/charts/chart-kinds';
import { summariseEmotionCurve } from '../../shared/charts/emotion-curve-summary';
import { summariseInvestmentReturn } from '../../shared/charts/investment-return-summary';
import { summariseReverseFunnel } from '../../shared/charts/reverse-funnel-summary';
import { summariseToneDrift } from '../../shared/charts/tone-drift-summary';
import type { PlanChartPayload } from '../../shared/documents/marketing-plan-snapshot';
import { maxRasterScale } from '../charts/rasterize-svg';
import { drawChartImage } from '../charts/render-chart';
import { textBox } from './page-layout';
import type { ChartForm } from '../../shared/documents/chart-form';
import { chartBox, fitToBox, tallestAtFullScale, type DrawnChart } from './chart-figure';
import { chartSize } from '../../shared/charts/chart-style';
import {
  splitCampaignTimeline,
  timelinePartName,
} from '../../shared/charts/campaign-timeline-parts';
import { nativeChart } from './native-plan-charts';

/** The plan's charts, parsed: at most one of each kind. */
export type PlanChartData = { [K in ChartKind]?: ChartDataByKind[K] };
/**
 * The charts drawn for the plan: one of each kind, but the campaign timeline as the consecutive
 * charts it is split into when it is too long for a page (campaignTimelineParts).
 */
export type PlanCharts = {
  [K in ChartKind]?: K extends 'campaign-timeline' ? DrawnChart[] : DrawnChart;
};

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
  return forChartKind(
    {
      'tone-drift': summariseToneDrift,
      'emotion-curve': summariseEmotionCurve,
      'reverse-funnel': summariseReverseFunnel,
      'investment-return': summariseInvestmentReturn,
      'campaign-timeline': (timeline) => summariseCampaignTimeline(timeline, undatedCampaigns),
    },
    kind,
    data,
  );
}

/**
 * The PNG every reader without SVG shows (LibreOffice, older Word), and so every PDF made from
 * the document: 220 pixels to the inch, Word's own resolution for pictures in a printed
 * document, of the size the chart is placed at (charts go on landscape pages, shrunk to fit the
 * text's width and the page's height; never placed larger than drawn). Word 2016 and later draw
 * the SVG itself. More pixels than that print no sharper, and cost drawing and compressing time:
 * a chart taller than its page's room is placed smaller than its width.
 */
export const printPixelsPerInch = 220;

/**
 * Pixels per chart unit (a CSS pixel, 96 to the inch) for a chart of `width` × `height` units
 * placed in `box` (a landscape page's by default).
 */
export function printScale(width: number, height: number, box = textBox('landscape')): number {
  const placed = fitToBox(width, height, box);
  return Math.min(maxRasterScale, ((printPixelsPerInch / 96) * placed.width) / width);
}

/**
 * Two charts drawn at a time, one per core of a small laptop: resvg draws and zlib compresses
 * each on threads of their own. Each holds its print-resolution image in memory meanwhile (about
 * 9 MB of pixels for a part of a long campaign timeline), within the command line's 250 MB budget.
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

type TimelineData = ChartDataByKind['campaign-timeline'];

/**
 * The timeline's charts and their words: the whole timeline when it fits its page at the scale
 * of the other wide charts, so its labels print at their size; else consecutive parts of as many
 * campaigns as fit, on one month axis, each named "Campaign timeline (1 of 3)" in its caption and
 * alt text. The campaigns without usable dates are counted once, under the last part.
 */
export function campaignTimelineParts(
  data: TimelineData,
  undated: number,
): { data: TimelineData; name: string; summary: string }[] {
  const box = chartBox('campaign-timeline');
  const parts = splitCampaignTimeline(data, tallestAtFullScale(chartSize.wide.width, box));
  const name = chartNames['campaign-timeline'];
  if (parts.length === 1)
    return [{ data, name, summary: summariseCampaignTimeline(data, undated) }];
  const inParts = parts.reduce((count, part) => count + part.campaigns.length, 0);
  return parts.map((part, index) => {
    const last = index === parts.length - 1;
    const partName = timelinePartName(name, index, parts.length);
    const leftOff = last ? undated + data.campaigns.length - inParts : 0;
    return {
      data: part,
      name: partName,
      summary: `${partName}: ${summariseCampaignTimeline(part, leftOff)}`,
    };
  });
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
  // Loaded only for native charts: pictures do not need docx's charts code.
  const ChartRun = form === 'native' ? (await import('docx/charts')).ChartRun : undefined;
  type Job = { kind: ChartKind; data: ChartDataByKind[ChartKind]; name: string; summary: string };
  const jobs = entries.flatMap(([kind, data]): Job[] => {
    if (kind !== 'campaign-timeline')
      return [
        { kind, data, name: chartNames[kind], summary: chartSummary<ChartKind>(kind, data, 0) },
      ];
    const timeline = data as TimelineData;
    const undated = Math.max(0, campaignCount - timeline.campaigns.length);
    return campaignTimelineParts(timeline, undated).map((part) => ({ kind, ...part }));
  });
  const drawn = await inLanes(jobs, chartsAtOnce, async ({ kind, data, name, summary }) => {
    const native = ChartRun ? nativeChart(kind, data) : undefined;
    const chart: DrawnChart =
      ChartRun && native
        ? { name, summary, native, ChartRun }
        : {
            name,
            summary,
            image: await drawChartImage(kind, data, {
              scale: (width, height) => printScale(width, height, chartBox(kind)),
            }),
          };
    return [kind, chart] as const;
  });
  const placed: Record<string, DrawnChart | DrawnChart[]> = {};
  for (const [kind, chart] of drawn) {
    if (kind === 'campaign-timeline')
      placed[kind] = [...((placed[kind] as DrawnChart[] | undefined) ?? []), chart];
    else placed[kind] = chart;
  }
  return placed as PlanCharts;
}
