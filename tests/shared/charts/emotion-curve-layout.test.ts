import { describe, expect, it } from 'vitest';
import type { EmotionCurveData } from '../../../shared/charts/chart-data';
import { textUnits, truncateText, wrapText } from '../../../shared/charts/chart-text';
import { layoutEmotionCurve } from '../../../shared/charts/emotion-curve-layout';

const names = (count: number) => Array.from({ length: count }, (_, index) => `Phase ${index + 1}`);
const data = (phases: string[], personas: string[] = ['Typical customer']): EmotionCurveData => ({
  phases,
  personas: personas.map((name) => ({ name, scores: phases.map(() => 1) })),
});

describe('wrapText', () => {
  it('wraps words into lines of at most the given length', () => {
    expect(wrapText('Post-purchase evaluation of value', 14, 3)).toEqual([
      'Post-purchase',
      'evaluation of',
      'value',
    ]);
  });

  it('breaks a word longer than a line with a hyphen', () => {
    expect(wrapText('Internationalisation', 8, 3)).toEqual(['Interna-', 'tionali-', 'sation']);
  });

  it('ends the last line with … when the text does not fit', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toEqual(['one two', 'three…']);
    expect(wrapText('aaaaaaaaa bbbbbbbbb ccccccccc', 9, 2)).toEqual(['aaaaaaaaa', 'bbbbbbbb…']);
  });

  it('collapses white space and keeps short text as it is', () => {
    expect(wrapText('  Awareness \n ', 12, 3)).toEqual(['Awareness']);
    expect(wrapText('', 12, 3)).toEqual([]);
  });
});

describe('truncateText', () => {
  it('cuts long text with …', () => {
    expect(truncateText('Community leadership programme', 12)).toBe('Community l…');
    expect(truncateText('Short', 12)).toBe('Short');
  });

  it('counts a Japanese, Chinese or Korean character as two, since it is about twice as wide', () => {
    expect(textUnits('佐藤 花子')).toBe(9);
    expect(textUnits('김민준')).toBe(6);
    expect(textUnits('ليلى حداد')).toBe(9);
    expect(truncateText('株式会社さくら精密工業', 12)).toBe('株式会社さ…');
    expect(truncateText('佐藤 花子', 12)).toBe('佐藤 花子');
  });
});

describe('layoutEmotionCurve', () => {
  it('wraps labels horizontally when each phase has room, on the standard width', () => {
    const layout = layoutEmotionCurve(data(['Awareness', 'Consideration', 'Conversion']));
    expect(layout.width).toBe(720);
    expect(layout.phaseLabels.every((label) => !label.angled)).toBe(true);
    expect(layout.phaseLabels[1]?.lines).toEqual(['Consideration']);
  });

  it('angles the labels of twelve phases on the wide chart', () => {
    const layout = layoutEmotionCurve(data(names(12)));
    expect(layout.width).toBe(960);
    expect(layout.phaseLabels).toHaveLength(12);
    expect(layout.phaseLabels.every((label) => label.angled && label.lines.length === 1)).toBe(
      true,
    );
  });

  it('lays the legend out in rows inside the chart, shifting the plot down', () => {
    const one = layoutEmotionCurve(data(names(5)));
    const many = layoutEmotionCurve(
      data(
        names(5),
        Array.from({ length: 12 }, (_, index) => `A rather long persona name ${index + 1}`),
      ),
    );
    expect(one.legend).toHaveLength(1);
    expect(new Set(many.legend.map((entry) => entry.y)).size).toBeGreaterThan(1);
    expect(many.margin.top).toBeGreaterThan(one.margin.top);
    expect(many.height - one.height).toBe(many.margin.top - one.margin.top);
    for (const entry of many.legend) expect(entry.x).toBeLessThan(many.width);
  });

  it('gives a Japanese name in the legend room for its wide characters', () => {
    const layout = layoutEmotionCurve(data(names(3), ['佐藤 花子', 'Typical customer']));
    const [first, second] = layout.legend;
    // Swatch and gap (26), nine units of 0.56 em at 12 px, and the space before the next entry.
    expect((second?.x ?? 0) - (first?.x ?? 0)).toBeGreaterThanOrEqual(26 + 9 * 12 * 0.56 + 18);
  });

  it('marks a curve without scores in the legend', () => {
    const layout = layoutEmotionCurve({
      phases: ['A'],
      personas: [
        { name: 'Typical customer', scores: [null] },
        { name: 'Maya', scores: [1] },
      ],
    });
    expect(layout.legend.map((entry) => entry.name)).toEqual([
      'Typical customer (not scored)',
      'Maya',
    ]);
  });

  it('stays finite for no phases and for fifty', () => {
    for (const count of [0, 1, 50]) {
      const layout = layoutEmotionCurve(data(names(count)));
      const numbers = [
        layout.width,
        layout.height,
        layout.xAxisHeight,
        layout.xAxisPadding,
        ...Object.values(layout.margin),
        ...layout.legend.flatMap((entry) => [entry.x, entry.y]),
      ];
      expect(numbers.every(Number.isFinite)).toBe(true);
    }
  });
});
