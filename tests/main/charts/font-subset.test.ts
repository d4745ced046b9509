import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartFontFilesFor, chartFontsFor } from '../../../main/charts/chart-font-files';
import { readFontFaces } from '../../../main/charts/font-coverage';
import { subsetFontFile } from '../../../main/charts/font-subset';
import { renderChartSvg } from '../../../main/charts/render-chart';

const fontFolder = resolve(import.meta.dirname, '../../../build/fonts');

/** An emotion curve whose legend, phases and labels hold the given names. */
const chartOf = (persona: string, phase: string) =>
  renderChartSvg('emotion-curve', {
    phases: ['Awareness', phase, 'Conversion'],
    personas: [
      { name: persona, scores: [1, -1, 2] },
      { name: `${persona} (ﬁnance) — “lead” …`, scores: [0, 2, -2] },
    ],
  });

/** resvg's pixels of the SVG drawn with the given font files. */
const pixels = (svg: string, fontFiles: string[]) =>
  new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
  }).render().pixels;

async function cutDown(svg: string): Promise<string[]> {
  const fonts = chartFontsFor(svg, { fontFolder });
  return Promise.all(fonts.sources.map((source) => subsetFontFile(source, fonts.characters)));
}

describe("a chart's fonts cut down to its characters", { timeout: 60_000 }, () => {
  it('draw every chart pixel for pixel as the whole fonts do, in Latin, Hebrew, Japanese and Arabic', async () => {
    for (const [persona, phase] of [
      ['Marit Halvorsen', 'Consideration'],
      ['דנה לוי', 'Øresund & Côte'],
      ['佐藤 花子', '購入'],
      ['ليلى حداد', '김민준'],
    ] as const) {
      const svg = await chartOf(persona, phase);
      const whole = chartFontFilesFor(svg, { fontFolder });
      const subsets = await cutDown(svg);
      expect(Buffer.from(pixels(svg, subsets)).equals(Buffer.from(pixels(svg, whole)))).toBe(true);
    }
  });

  it('take one face of a CJK collection, a few kilobytes of its 19 MB, made once', async () => {
    const svg = await chartOf('佐藤 花子', 'Consideration');
    const { sources } = chartFontsFor(svg, { fontFolder });
    const cjk = sources.find((source) => /\.ttc$/i.test(source.file));
    expect(cjk).toBeDefined();
    expect(readFontFaces(cjk!.file).length).toBeGreaterThan(1);
    const [first, again] = await Promise.all([cutDown(svg), cutDown(svg)]);
    expect(again).toEqual(first);
    const cut = first[sources.indexOf(cjk!)] as string;
    expect(statSync(cut).size).toBeLessThan(64 * 1024);
    expect(statSync(cjk!.file).size).toBeGreaterThan(1024 * 1024);
    // The cut-down face is a font of its own, with one face, that still draws the name.
    const [face] = readFontFaces(cut);
    expect(readFontFaces(cut)).toHaveLength(1);
    expect(face!.ranges.length).toBeGreaterThan(0);
  });
});
