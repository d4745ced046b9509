// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmotionCurveChart } from '../../../shared/charts/EmotionCurveChart';
import type { EmotionCurveData } from '../../../shared/charts/chart-data';
import { seriesColour } from '../../../shared/charts/chart-style';

afterEach(cleanup);

const fivePhases: EmotionCurveData = {
  phases: ['Awareness', 'Consideration', 'Conversion', 'Onboarding', 'Advocacy'],
  personas: [
    { name: 'Typical customer', scores: [1, 0, -2, null, 2] },
    { name: 'Maya (CFO)', scores: [0, -1, -1, 1, 2] },
    { name: 'Sam', scores: [null, null, null, null, null] },
  ],
};

function draw(data: EmotionCurveData) {
  const { container } = render(<EmotionCurveChart data={data} />);
  const svg = container.querySelector('svg.emotion-curve');
  if (!svg) throw new Error('The chart drew no <svg>.');
  return svg;
}

const texts = (root: Element, selector: string) =>
  Array.from(root.querySelectorAll(selector)).map((node) => node.textContent);

describe('EmotionCurveChart', () => {
  it('draws one line per scored persona, in its colour, with the fixed size and font', () => {
    const svg = draw(fivePhases);
    expect(svg.getAttribute('width')).toBe('720');
    expect(svg.getAttribute('font-family')).toContain('Liberation Sans');
    expect(svg.getAttribute('font-size')).toBe('12');
    const lines = Array.from(svg.querySelectorAll('path.chart-curve'));
    expect(lines.map((line) => line.parentElement?.getAttribute('data-name'))).toEqual([
      'Typical customer',
      'Maya (CFO)',
    ]);
    expect(lines.map((line) => line.getAttribute('stroke'))).toEqual([
      seriesColour(0),
      seriesColour(1),
    ]);
  });

  it('leaves a gap for an unscored phase instead of drawing a zero', () => {
    const svg = draw(fivePhases);
    const typical = svg.querySelector('g[data-name="Typical customer"]');
    const path = typical?.querySelector('path.chart-curve')?.getAttribute('d') ?? '';
    // Three joined points, then a new segment (M) for Advocacy after Onboarding's gap.
    expect(path.match(/M/g)).toHaveLength(2);
    expect(typical?.querySelectorAll('circle.chart-dot')).toHaveLength(4);
  });

  it('labels every phase and the emotion scale inside the SVG', () => {
    const svg = draw(fivePhases);
    expect(texts(svg, '.chart-axis--phases text')).toEqual(fivePhases.phases);
    expect(texts(svg, '.chart-axis--emotions text')).toEqual([
      '+2 Very positive',
      '+1 Positive',
      '0 Neutral',
      '−1 Negative',
      '−2 Very negative',
    ]);
  });

  it('draws its legend inside the SVG, naming a curve that has no scores yet', () => {
    const svg = draw(fivePhases);
    expect(texts(svg, '.emotion-curve-legend text')).toEqual([
      'Typical customer',
      'Maya (CFO)',
      'Sam (not scored)',
    ]);
    // Nothing outside the SVG: a document embeds the SVG alone.
    expect(svg.parentElement?.children).toHaveLength(1);
  });

  it('carries its summary as the text alternative', () => {
    const svg = draw(fivePhases);
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-label') ?? '';
    expect(label).toContain('Typical customer is lowest at Conversion (−2)');
    expect(svg.querySelector('desc')?.textContent).toBe(label);
  });

  it('keeps twelve phase labels short and angled on the wide chart', () => {
    const phases = Array.from({ length: 12 }, (_, index) => `Phase with a long name ${index + 1}`);
    const svg = draw({
      phases,
      personas: [{ name: 'Typical customer', scores: phases.map(() => 0) }],
    });
    expect(svg.getAttribute('width')).toBe('960');
    const labels = Array.from(svg.querySelectorAll('.chart-axis--phases text'));
    expect(labels).toHaveLength(12);
    for (const label of labels) {
      expect(label.getAttribute('transform')).toMatch(/^rotate\(-40 /);
      expect((label.textContent ?? '').length).toBeLessThanOrEqual(26);
    }
  });

  it('draws fifty phases, out-of-range scores and no phases without NaN or a crash', () => {
    const phases = Array.from({ length: 50 }, (_, index) => `P${index + 1}`);
    const odd = draw({
      phases,
      personas: [
        {
          name: 'Typical customer',
          scores: phases.map((_, index) => [Number.NaN, Infinity, 7, -9, null][index % 5] ?? null),
        },
      ],
    });
    expect(odd.outerHTML).not.toMatch(/NaN|Infinity/);
    cleanup();
    const empty = draw({ phases: [], personas: [] });
    expect(empty.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(empty.getAttribute('aria-label')).toBe(
      'The journey map has no phases yet, so there is no emotion curve.',
    );
  });
});
