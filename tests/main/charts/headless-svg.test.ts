import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderElementSvg } from '../../../main/charts/headless-svg';
import { sampleChartData } from './fixtures/sample-chart-data';
import type { SampleChartData } from './fixtures/SampleBarLineChart';

function renderSample(data: SampleChartData = sampleChartData, idPrefix = 'sample') {
  return renderElementSvg(
    async () => {
      const { SampleBarLineChart } = await import('./fixtures/SampleBarLineChart');
      return createElement(SampleBarLineChart, { data });
    },
    { idPrefix },
  );
}

// The first chart of a process loads happy-dom, React DOM and recharts: slow on a busy machine.
describe('drawing a chart with no window', { timeout: 30_000 }, () => {
  it('draws the bars, the line and every label into a standalone SVG', async () => {
    const svg = await renderSample();
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/^<svg [^>]*width="720" height="360"/);
    expect(svg).toMatch(/^<svg [^>]*font-family="Liberation Sans, Arial, sans-serif"/);
    expect(svg.match(/class="recharts-layer recharts-bar-rectangle"/g)).toHaveLength(3);
    expect(svg).toContain('recharts-line-curve');
    for (const label of ['Leads per phase', 'Awareness', 'Consideration', 'Conversion'])
      expect(svg).toContain(`>${label}<`);
    expect(svg).toContain('>Planned volume</text>');
    expect(svg).toContain('>Actual volume</text>');
  });

  it('numbers ids in document order and rewrites the references to them', async () => {
    const first = await renderSample();
    const second = await renderSample();
    expect(second).toBe(first);
    const ids = [...first.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, index) => `sample-${index + 1}`));
    for (const [, target] of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(target);
  });

  it('writes names with markup characters as well-formed XML', async () => {
    const svg = await renderSample({
      title: 'Q1 <draft> & "final"\u00a0plan\u0007',
      points: [{ label: 'R&D', planned: 1, actual: 2 }],
    });
    expect(svg).toContain('Q1 &lt;draft&gt; &amp; "final"\u00a0plan</text>');
    expect(svg).toContain('>R&amp;D<');
    expect(svg).not.toContain('&nbsp;');
    expect(svg).not.toContain('\u0007');
  });

  it('draws several charts at once without mixing them up', async () => {
    const titles = ['One', 'Two', 'Three'];
    const svgs = await Promise.all(
      titles.map((title) => renderSample({ ...sampleChartData, title })),
    );
    svgs.forEach((svg, index) => expect(svg).toContain(`>${titles[index]}</text>`));
    expect(new Set(svgs.map((svg) => svg.replace(/>(One|Two|Three)</, '><'))).size).toBe(1);
  });

  it('reports a chart that fails to draw instead of waiting for it', async () => {
    const Broken = () => {
      throw new Error('No data to draw.');
    };
    await expect(
      renderElementSvg(() => createElement(Broken), { idPrefix: 'broken' }),
    ).rejects.toThrow('No data to draw.');
  });

  it('reports an element that draws no chart', async () => {
    await expect(
      renderElementSvg(() => createElement('p', null, 'Not a chart'), {
        idPrefix: 'none',
        timeoutMs: 200,
      }),
    ).rejects.toThrow(/drew no <svg>/);
  });
});
