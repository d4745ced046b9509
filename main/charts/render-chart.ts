import type * as ChartRegistry from '../../shared/charts/chart-registry';
import type { ChartDataByKind, ChartKind } from '../../shared/charts/chart-kinds';
import { parseChartData } from '../../shared/charts/chart-data-schemas';
import { chartMarkup } from './chart-markup';
import { loadOnce } from './load-once';
import { rasterizeSvg, type RasterizeOptions } from './rasterize-svg';
import { toStandaloneSvg } from './standalone-svg';

/**
 * A chart drawn from plain data with no window, for Word documents and the command line. The data
 * is parsed first (it comes from another process or a file); the chart components are loaded on
 * first use, so the app's start does not load them.
 */
export async function renderChartSvg<K extends ChartKind>(kind: K, data: unknown): Promise<string> {
  return drawChartSvg(kind, parseChartData(kind, data));
}

/** The chart components, loaded on first use and kept, so later charts skip the module loader. */
const loadChartRegistry: () => Promise<typeof ChartRegistry> = loadOnce(
  () => import('../../shared/charts/chart-registry'),
);

/** A chart drawn from data already parsed by its schema (see renderChartSvg). */
export async function drawChartSvg<K extends ChartKind>(
  kind: K,
  parsed: ChartDataByKind[K],
): Promise<string> {
  const { chartElement } = await loadChartRegistry();
  return toStandaloneSvg(chartMarkup(chartElement(kind, parsed)), { idPrefix: kind });
}

export async function renderChartPng<K extends ChartKind>(
  kind: K,
  data: unknown,
  options: RasterizeOptions = {},
): Promise<Uint8Array> {
  return rasterizeSvg(await renderChartSvg(kind, data), options);
}

export interface ChartImage {
  /** The standalone SVG, for documents that take vector images. */
  svg: string;
  /** The PNG at `scale` times the SVG's size: the fallback every document reader shows. */
  png: Uint8Array;
  /** The chart's size in SVG units (CSS pixels), to place the image at in a document. */
  width: number;
  height: number;
}

/** Both images of a chart, as a Word document embeds them (SVG with a PNG fallback). */
export async function renderChartImage<K extends ChartKind>(
  kind: K,
  data: unknown,
  options: ChartImageOptions = {},
): Promise<ChartImage> {
  return drawChartImage(kind, parseChartData(kind, data), options);
}

export interface ChartImageOptions extends Omit<RasterizeOptions, 'scale'> {
  /** Pixels per SVG unit, or how many for a chart of the given size (see RasterizeOptions). */
  scale?: number | ((width: number, height: number) => number);
}

/** Both images of a chart whose data is already parsed by its schema. */
export async function drawChartImage<K extends ChartKind>(
  kind: K,
  parsed: ChartDataByKind[K],
  { scale, ...options }: ChartImageOptions = {},
): Promise<ChartImage> {
  const svg = await drawChartSvg(kind, parsed);
  const size = svgSize(svg);
  const png = await rasterizeSvg(svg, {
    ...options,
    scale: typeof scale === 'function' ? scale(size.width, size.height) : scale,
  });
  return { svg, png, ...size };
}

/** The width and height on the SVG's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = read('width');
  const height = read('height');
  if (!(width > 0 && height > 0)) throw new Error('The chart’s SVG has no width and height.');
  return { width, height };
}
