import { describe, expect, it } from 'vitest';
import {
  renderChartImage,
  renderChartPng,
  renderChartSvg,
  svgSize,
} from '../../../main/charts/render-chart';
import { rasterizeSvg } from '../../../main/charts/rasterize-svg';
import { ChartDataError } from '../../../shared/charts/chart-data-schemas';
import {
  chartKinds,
  type ChartDataByKind,
  type ChartKind,
} from '../../../shared/charts/chart-kinds';
import { chartExamples, namesWithMarkup, twelvePhases } from './fixtures/chart-examples';
import { decodePng, distinctColours, type PngPixels } from './png-pixels';
import { countOf, legendTexts, svgTexts, withoutText } from './svg-text';

/** The tone-drift chart's marks: every shape inside its four series' groups. */
function marksOf(svg: string): number {
  return [...svg.matchAll(/<g class="tone-drift-series[^"]*">(.*?)<\/g>/g)].reduce(
    (total, match) => total + ((match[1] as string).match(/<(circle|path|rect) /g)?.length ?? 0),
    0,
  );
}

/** What each chart must show of its data: its marks and its labels. */
const expectations: { [K in ChartKind]: (svg: string, data: ChartDataByKind[K]) => void } = {
  'tone-drift': (svg, data) => {
    const texts = svgTexts(svg);
    // Every score a mark, and the brand's four lines.
    expect(marksOf(svg)).toBe(6 * 4 - 1);
    expect(
      svg.match(/<g class="tone-drift-brand"[^>]*>(<line [^>]*><\/line>){4}<\/g>/),
    ).not.toBeNull();
    for (const channel of data.channels) expect(texts).toContain(channel.name);
    for (const dimension of data.dimensions) expect(texts).toContain(dimension);
    expect(legendTexts(svg).length).toBeGreaterThanOrEqual(3);
  },
  'emotion-curve': (svg, data) => {
    const texts = svgTexts(svg);
    expect(countOf(svg, 'chart-curve')).toBe(3);
    expect(countOf(svg, 'chart-dot')).toBe(12 * 3 - 1);
    for (const phase of twelvePhases) expect(texts).toContain(phase);
    expect(legendTexts(svg)).toEqual(data.personas.map((persona) => persona.name));
  },
  'reverse-funnel': (svg) => {
    const texts = svgTexts(svg);
    expect(countOf(svg, 'chart-bar')).toBe(12 * 3 + 4);
    for (const phase of twelvePhases) expect(texts).toContain(phase);
    expect(legendTexts(svg)).toEqual(expect.arrayContaining(['Cautious', 'Expected', 'Ambitious']));
  },
  'campaign-timeline': (svg, data) => {
    const texts = svgTexts(svg);
    expect(countOf(svg, 'chart-bar')).toBe(40);
    for (const campaign of data.campaigns) expect(texts).toContain(campaign.name);
    expect(legendTexts(svg)).toEqual(expect.arrayContaining(twelvePhases));
  },
  'investment-return': (svg, data) => {
    const texts = svgTexts(svg);
    expect(countOf(svg, 'chart-bar')).toBe(data.bars.length);
    for (const bar of data.bars) expect(texts).toContain(bar.label);
  },
};

function differingPixels(a: PngPixels, b: PngPixels): number {
  let differing = 0;
  for (let at = 0; at < a.data.length; at += 4)
    if (a.data[at] !== b.data[at] || a.data[at + 1] !== b.data[at + 1]) differing += 1;
  return differing;
}

// Several full-page charts at three times their size: seconds, not milliseconds, on a busy machine.
describe.each(chartKinds)('the %s chart, drawn with no window', { timeout: 30_000 }, (kind) => {
  const data = chartExamples[kind];

  it('draws its marks, labels and legend into a standalone SVG', async () => {
    const svg = await renderChartSvg(kind, data);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/^<svg [^>]*font-family="Liberation Sans/);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expectations[kind](svg, data as never);
  });

  it('draws a print-resolution PNG with its text', async () => {
    const { svg, png, width, height } = await renderChartImage(kind, data);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([width * 3, height * 3]);
    expect(distinctColours(image)).toBeGreaterThan(20);
    // Text drawn with the shipped fonts changes many pixels; with no fonts it would change none.
    const [withText, textless] = await Promise.all(
      [svg, withoutText(svg)].map(async (markup) =>
        decodePng(await rasterizeSvg(markup, { scale: 1 })),
      ),
    );
    expect(differingPixels(withText as PngPixels, textless as PngPixels)).toBeGreaterThan(1_000);
  });
});

describe('drawing charts from data that crossed a process boundary', { timeout: 30_000 }, () => {
  it('draws the same SVG for the same data every time', async () => {
    const [first, second] = await Promise.all([
      renderChartSvg('emotion-curve', chartExamples['emotion-curve']),
      renderChartSvg('emotion-curve', chartExamples['emotion-curve']),
    ]);
    expect(second).toBe(first);
  });

  it('draws a PNG at the scale asked for', async () => {
    const data = chartExamples['tone-drift'];
    const { width, height } = svgSize(await renderChartSvg('tone-drift', data));
    const image = decodePng(await renderChartPng('tone-drift', data, { scale: 1.5 }));
    expect([image.width, image.height]).toEqual([width * 1.5, height * 1.5]);
  });

  it('draws names holding markup characters as they were typed, in a valid SVG', async () => {
    const { svg, png } = await renderChartImage('campaign-timeline', namesWithMarkup);
    const texts = svgTexts(svg);
    for (const campaign of namesWithMarkup.campaigns) expect(texts).toContain(campaign.name);
    expect(svg).not.toMatch(/="[^"]*[<>][^"]*"/);
    expect(decodePng(png).width).toBeGreaterThan(0);
  });

  it('draws each chart from empty data without failing', async () => {
    const empty: { [K in ChartKind]: ChartDataByKind[K] } = {
      'tone-drift': { dimensions: [], brand: [], channels: [], min: 1, max: 5 },
      'emotion-curve': { phases: [], personas: [] },
      'reverse-funnel': { phases: [], unit: 'leads' },
      'campaign-timeline': { phases: [], campaigns: [] },
      'investment-return': { currency: '', bars: [] },
    };
    for (const kind of chartKinds)
      expect(await renderChartSvg(kind, empty[kind])).toMatch(/^<svg [^>]*width="\d+"/);
  });

  it('refuses data that does not fit the chart, saying why, before drawing anything', async () => {
    const tooMany = {
      ...chartExamples['campaign-timeline'],
      campaigns: Array.from({ length: 61 }, () => chartExamples['campaign-timeline'].campaigns[0]),
    };
    await expect(renderChartSvg('campaign-timeline', tooMany)).rejects.toThrow(ChartDataError);
    await expect(renderChartSvg('campaign-timeline', tooMany)).rejects.toThrow(
      'The Campaign timeline chart cannot be drawn from this data: campaigns: A chart can show at most 60 campaigns.',
    );
    await expect(renderChartPng('reverse-funnel', { phases: 'Awareness' })).rejects.toThrow(
      /Work-backwards funnel chart cannot be drawn from this data: phases: .*; unit: /,
    );
    await expect(renderChartSvg('pie' as ChartKind, {})).rejects.toThrow(
      'Unknown chart; expected one of: tone-drift, emotion-curve, reverse-funnel, campaign-timeline, investment-return.',
    );
  });
});
