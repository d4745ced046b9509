import { usableEmotion } from '../domain/emotion-scale';
import { chartFont, chartSize, seriesColour } from './chart-style';
import type { EmotionCurveData } from './chart-data';
import { charWidth, textUnits, truncateText, wrapText } from './chart-text';

/**
 * Where everything of the emotion chart goes, computed from the data alone: no text is measured,
 * so the screen and the headless renderer lay it out the same. Widths of text are estimated from
 * its length at a conservative average character width.
 */
const lineHeight = chartFont.size + 3;
const yAxisWidth = 104;
const plotHeight = 220;
const legendRowHeight = 18;
const legendNameChars = 28;
/** Below this many pixels per phase, labels are angled instead of wrapped. */
const minWrappedSlot = 96;
const angledLabelChars = 26;
const labelAngle = -40;

export interface PhaseLabel {
  lines: string[];
  angled: boolean;
}

export interface LegendEntry {
  name: string;
  colour: string;
  x: number;
  y: number;
}

export interface EmotionCurveLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  /** Half a slot on each side, so every phase sits in the middle of its own column. */
  xAxisPadding: number;
  labelAngle: number;
  lineHeight: number;
  phaseLabels: PhaseLabel[];
  legend: LegendEntry[];
}

/** Legend entries in rows across the top of the plot; a long name is cut, never overlapped. */
function layoutLegend(
  series: readonly { name: string; note: string }[],
  left: number,
  right: number,
) {
  const entries: LegendEntry[] = [];
  let x = left;
  let row = 0;
  series.forEach((line, index) => {
    const name = `${truncateText(line.name, legendNameChars)}${line.note}`;
    const itemWidth = 26 + textUnits(name) * charWidth + 18;
    if (x > left && x + itemWidth > right) {
      row += 1;
      x = left;
    }
    entries.push({ name, colour: seriesColour(index), x, y: 14 + row * legendRowHeight });
    x += itemWidth;
  });
  return { entries, rows: entries.length === 0 ? 0 : row + 1 };
}

export function layoutEmotionCurve(data: EmotionCurveData): EmotionCurveLayout {
  const phaseCount = data.phases.length;
  const width = phaseCount > 6 ? chartSize.wide.width : chartSize.standard.width;
  const side = { left: 8, right: 16, bottom: 8 };
  const plotLeft = side.left + yAxisWidth;
  const plotWidth = width - plotLeft - side.right;
  const slot = plotWidth / Math.max(1, phaseCount);

  const angled = slot < minWrappedSlot;
  const phaseLabels = data.phases.map((name) =>
    angled
      ? { lines: [truncateText(name, angledLabelChars)], angled }
      : { lines: wrapText(name, Math.floor((slot - 8) / charWidth), 3), angled },
  );
  const xAxisHeight = angled
    ? Math.ceil(angledLabelChars * charWidth * Math.sin((-labelAngle * Math.PI) / 180)) + 24
    : 3 * lineHeight + 14;

  const legend = layoutLegend(
    data.personas.map((line) => ({
      name: line.name,
      note: line.scores.some((score) => usableEmotion(score) !== null) ? '' : ' (not scored)',
    })),
    plotLeft,
    width - side.right,
  );
  const margin = { ...side, top: legend.rows * legendRowHeight + 14 };
  const height = margin.top + plotHeight + xAxisHeight + margin.bottom;
  return {
    width,
    height,
    margin,
    yAxisWidth,
    xAxisHeight,
    xAxisPadding: Math.floor(slot / 2),
    labelAngle,
    lineHeight,
    phaseLabels,
    legend: legend.entries,
  };
}
