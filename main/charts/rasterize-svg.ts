import type * as ResvgModule from '@resvg/resvg-js';
import { encodePng } from './encode-png';
import { loadOnce } from './load-once';
import { drawnPngKey, heldPng, holdPng } from './drawn-png-cache';
import { chartFontsFor } from './chart-font-files';
import { fontFileToDraw, prepareFontSubsetting } from './font-subset';
import { chartFontFileNames, defaultChartFontFolder } from './font-folder';
import { join } from 'node:path';

export interface RasterizeOptions {
  /** Pixels per SVG unit: 3 turns a 720-wide chart into 2160 pixels, print quality in a document. */
  scale?: number;
  /** The folder of font files to draw text with; the app's shipped fonts by default. */
  fontFolder?: string;
  /**
   * Where the operating system keeps its fonts, for characters the shipped fonts lack; the
   * platform's own folders by default, none to draw with the shipped fonts only.
   */
  systemFontFolders?: readonly string[];
  /** Documents print on white; a transparent chart turns unreadable on a dark viewer. */
  background?: string;
}

/** 4× a 960-wide chart is 3840 pixels, past print resolution; larger only costs memory. */
export const maxRasterScale = 4;

/**
 * resvg, loaded on first use like the rest of the chart machinery, so the app's start does not
 * wait; kept, so later charts do not go through the module loader again.
 */
const loadResvg: () => Promise<typeof ResvgModule> = loadOnce(() => import('@resvg/resvg-js'));

/**
 * The SVG as a PNG, drawn by resvg with the shipped fonts, so every machine draws Latin text with
 * the same pixels, and for characters they lack (Japanese, Chinese, Korean…) with the operating
 * system's fonts that have them (chart-font-files.ts). resvg draws on a worker thread and zlib compresses on its own
 * (encode-png.ts), leaving the calling thread free meanwhile.
 */
export async function rasterizeSvg(
  svg: string,
  {
    scale = 3,
    fontFolder = defaultChartFontFolder(),
    systemFontFolders,
    background = '#ffffff',
  }: RasterizeOptions = {},
): Promise<Uint8Array> {
  if (!Number.isFinite(scale) || scale <= 0 || scale > maxRasterScale)
    throw new RangeError(`A chart can be drawn at a scale above 0 and up to ${maxRasterScale}.`);
  const fonts = chartFontsFor(svg, { fontFolder, systemFolders: systemFontFolders });
  // The same chart drawn again (an unchanged chart of a plan exported again) is not redrawn.
  const key = drawnPngKey([
    svg,
    scale,
    background,
    ...fonts.sources.map(({ file, index }) => `${index}:${file}`),
  ]);
  const held = heldPng(key);
  if (held) return held;
  // A large face cut down to the chart's characters (font-subset.ts): resvg draws the same glyphs.
  const fontFiles = await Promise.all(
    fonts.sources.map((source) => fontFileToDraw(source, fonts.characters)),
  );
  const { renderAsync } = await loadResvg();
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background,
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
    },
  });
  const png = await encodePng(image.width, image.height, image.pixels);
  holdPng(key, png);
  return png;
}

/**
 * For a process that draws charts again and again (the app's document worker), while it is idle:
 * from then on its charts are drawn with fonts cut down to their characters (font-subset.ts).
 */
export function prepareChartFonts(fontFolder = defaultChartFontFolder()): Promise<void> {
  return prepareFontSubsetting(join(fontFolder, chartFontFileNames[0] as string));
}
