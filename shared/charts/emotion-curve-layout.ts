import { usableEmotion } from '../domain/emotion-scale';
import { chartFont, chartSize, seriesColour } from './chart-style';
import type { EmotionCurveData } from './chart-data';

/**
 * Where everything of the emotion chart goes, computed from the data alone: no text is measured,
 * so the screen and the headless renderer lay it out the same. Widths of text are estimated from
 * its length at a conservative average character width.
 */
const charWidth = chartFont.size * 0.56;
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

export function truncateText(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  return `${clean.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Wraps a label into at most `maxLines` lines of `maxChars`; the last line ends in … if cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(2, maxChars);
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  // A word longer than a line is broken with a hyphen rather than overflowing its neighbours.
  const pieces = words.flatMap((word) => {
    if (word.length <= width) return [word];
    const parts: string[] = [];
    for (let start = 0; start < word.length; start += width - 1) {
      const end = start + width - 1;
      parts.push(end < word.length ? `${word.slice(start, end)}-` : word.slice(start));
    }
    return parts;
  });
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith('-') && last.length + 1 + piece.length <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = (kept[maxLines - 1] ?? '').replace(/-$/, '');
  kept[maxLines - 1] =
    lastLine.length < width ? `${lastLine}…` : `${lastLine.slice(0, width - 1).trimEnd()}…`;
  return kept;
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
    const itemWidth = 26 + name.length * charWidth + 18;
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
