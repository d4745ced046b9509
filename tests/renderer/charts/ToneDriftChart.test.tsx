import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ToneDriftData } from '../../../shared/charts/chart-data';
import { chartFont } from '../../../shared/charts/chart-style';
import { toneDriftChartSize, ToneDriftChart } from '../../../shared/charts/ToneDriftChart';
import { toToneDriftData } from '../../../shared/charts/tone-drift-data';
import { summariseToneDrift } from '../../../shared/charts/tone-drift-summary';
import type { ToneProfile } from '../../../shared/domain/tone';

afterEach(cleanup);

const brand: ToneProfile = {
  funnySerious: 4,
  formalCasual: 3,
  respectfulIrreverent: 2,
  enthusiasticMatterOfFact: 3,
};

const data: ToneDriftData = toToneDriftData(brand, [
  { name: 'Website', tone: { ...brand } },
  { name: 'Email', tone: { ...brand, formalCasual: 1 } },
  { name: 'Social media', tone: { ...brand, funnySerious: 3, enthusiasticMatterOfFact: null } },
]);

function drawn(chartData: ToneDriftData) {
  const { container } = render(<ToneDriftChart data={chartData} />);
  const svg = container.querySelector('svg.tone-drift');
  if (!svg) throw new Error('No chart SVG');
  return svg;
}

const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('ToneDriftChart', () => {
  it('draws at a fixed size with the font set on the SVG and the summary as its text', () => {
    const svg = drawn(data);
    const { width, height } = toneDriftChartSize(data);
    expect(svg.getAttribute('width')).toBe(String(width));
    expect(svg.getAttribute('height')).toBe(String(height));
    expect(svg.getAttribute('font-family')).toBe(chartFont.family);
    expect(svg.getAttribute('font-size')).toBe(String(chartFont.size));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(summariseToneDrift(data));
    expect(svg.querySelector('desc')?.textContent).toBe(summariseToneDrift(data));
  });

  it('draws one series per level of drift, the brand’s lines and the joins', () => {
    const svg = drawn(data);
    const marks = (level: string) =>
      svg.querySelectorAll(`.tone-drift-series--${level} > *`).length;
    expect(marks('match')).toBe(9);
    expect(marks('slight')).toBe(1);
    expect(marks('drift')).toBe(1);
    expect(marks('uncompared')).toBe(0);
    // Four brand lines, two joins from the brand to a channel that differs, two row separators.
    expect(svg.querySelectorAll('.tone-drift-brand line').length).toBe(4);
    expect(svg.querySelectorAll('.tone-drift-joins line').length).toBe(2);
    expect(svg.querySelectorAll('.tone-drift-rows line').length).toBe(2);
    expect(svg.querySelector('.tone-drift-series--drift path')?.getAttribute('fill')).toBe(
      '#b3261e',
    );
  });

  it('labels channels, dimensions, their ends, the consistency scores and the legend in the SVG', () => {
    const labels = texts(drawn(data));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Website',
        'Email',
        'Social media',
        'Funny – Serious',
        'Enthusiastic – Matter-of-fact',
        'Formal',
        'Casual',
        'Consistency',
        '100 %',
        '88 %',
        '92 %',
        'The brand’s profile',
        'Drifts: 2+ points off',
      ]),
    );
    expect(labels.filter((label) => label === '3')).toHaveLength(4);
    // Nothing outside the SVG: a document embeds the SVG alone.
    expect(document.body.querySelectorAll('svg ~ *')).toHaveLength(0);
  });

  it('stays readable with twelve channels, and bounded with far too many', () => {
    const twelve = toToneDriftData(
      brand,
      Array.from({ length: 12 }, (_, index) => ({
        name: `Channel with a rather long name ${index + 1}`,
        tone: { ...brand, formalCasual: (index % 5) + 1 },
      })),
    );
    const svg = drawn(twelve);
    const names = texts(svg).filter((label) => label?.startsWith('Channel with'));
    expect(names).toHaveLength(12);
    expect(names.every((name) => (name?.length ?? 0) <= 22)).toBe(true);
    expect(toneDriftChartSize(twelve).height).toBeGreaterThan(toneDriftChartSize(data).height);

    cleanup();
    const far = {
      ...twelve,
      channels: [...twelve.channels, ...twelve.channels, ...twelve.channels],
    };
    const bounded = drawn(far);
    expect(texts(bounded)).toContain('+16 not shown');
    expect(toneDriftChartSize(far).height).toBeLessThan(800);
  });

  it('draws absurd data without NaN and the same markup twice', () => {
    const absurd: ToneDriftData = {
      dimensions: [
        'Funny – Serious',
        'Formal – Casual',
        'Respectful – Irreverent',
        'Enthusiastic – Matter-of-fact',
      ],
      brand: [Number.NaN, 3, null, 1e9],
      channels: [{ name: '', scores: [Number.POSITIVE_INFINITY, 5, 2, -4] }],
      min: 5,
      max: 1,
    };
    const first = drawn(absurd).outerHTML;
    expect(first).not.toMatch(/NaN|Infinity|undefined/);
    expect(first).toContain('brand not scored');
    cleanup();
    expect(drawn(absurd).outerHTML).toBe(first);
  });
});
