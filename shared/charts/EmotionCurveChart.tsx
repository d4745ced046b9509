import {
  emotionLevels,
  formatEmotion,
  maxEmotion,
  minEmotion,
  usableEmotion,
} from '../domain/emotion-scale';
import type { EmotionCurveData } from './chart-data';
import { linearScale, px } from './chart-scales';
import { gridLine, ink, inkSoft, seriesColour } from './chart-style';
import { ChartSvg } from './ChartSvg';
import {
  layoutEmotionCurve,
  type EmotionCurveLayout,
  type LegendEntry,
} from './emotion-curve-layout';
import { summariseEmotionCurve } from './emotion-curve-summary';

function PhaseTick({
  x,
  y,
  slot,
  layout,
}: {
  x: number;
  y: number;
  slot: number;
  layout: EmotionCurveLayout;
}) {
  const label = layout.phaseLabels[slot];
  if (!label) return null;
  const top = y + 4;
  if (label.angled)
    return (
      <text
        x={px(x)}
        y={top + 8}
        textAnchor="end"
        fill={ink}
        transform={`rotate(${layout.labelAngle} ${px(x)} ${top + 8})`}
      >
        {label.lines[0]}
      </text>
    );
  return (
    <text x={px(x)} y={top} textAnchor="middle" fill={ink}>
      {label.lines.map((line, index) => (
        <tspan key={index} x={px(x)} dy={index === 0 ? layout.lineHeight - 2 : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Drawn inside the SVG, so documents carry it too. */
function InlineLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <g className="chart-legend emotion-curve-legend">
      {entries.map((entry) => (
        <g key={`${entry.name}-${entry.x}-${entry.y}`}>
          <line
            x1={entry.x}
            y1={entry.y - 4}
            x2={entry.x + 20}
            y2={entry.y - 4}
            stroke={entry.colour}
            strokeWidth={2}
          />
          <circle cx={entry.x + 10} cy={entry.y - 4} r={3.5} fill={entry.colour} />
          <text x={entry.x + 26} y={entry.y} fill={ink}>
            {entry.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A line through the scored phases, broken where a phase is not scored (never drawn as zero). */
function curvePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${px(point.x)},${px(point.y)}`;
    drawing = true;
  }
  return path;
}

/**
 * The customer's emotion (−2 … +2) across the journey's phases, one line per persona. Fixed size
 * and no measured text, so it draws the same on screen and in documents. Unscored phases are gaps
 * in a line, not zeros.
 */
export function EmotionCurveChart({ data }: { data: EmotionCurveData }) {
  const layout = layoutEmotionCurve(data);
  const summary = summariseEmotionCurve(data);
  const plot = {
    left: layout.margin.left + layout.yAxisWidth,
    right: layout.width - layout.margin.right,
    top: layout.margin.top,
    bottom: layout.height - layout.margin.bottom - layout.xAxisHeight,
  };
  const count = data.phases.length;
  const first = plot.left + layout.xAxisPadding;
  const last = plot.right - layout.xAxisPadding;
  const xOf = (slot: number) =>
    count <= 1 ? (plot.left + plot.right) / 2 : first + ((last - first) * slot) / (count - 1);
  const yOf = linearScale([minEmotion, maxEmotion], [plot.bottom, plot.top]);
  return (
    <ChartSvg
      className="emotion-curve"
      width={layout.width}
      height={layout.height}
      title="Emotion across the customer journey"
      summary={summary}
    >
      <g className="chart-grid" stroke={gridLine}>
        {emotionLevels.map(({ score }) => (
          <line
            key={score}
            x1={plot.left}
            y1={px(yOf(score))}
            x2={plot.right}
            y2={px(yOf(score))}
          />
        ))}
      </g>
      <line
        className="chart-reference"
        x1={plot.left}
        y1={px(yOf(0))}
        x2={plot.right}
        y2={px(yOf(0))}
        stroke={inkSoft}
        strokeDasharray="4 3"
      />
      <g className="chart-axis chart-axis--phases">
        <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke={inkSoft} />
        {data.phases.map((_, slot) => (
          <PhaseTick key={slot} x={xOf(slot)} y={plot.bottom + 8} slot={slot} layout={layout} />
        ))}
      </g>
      <g className="chart-axis chart-axis--emotions">
        <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke={inkSoft} />
        {emotionLevels.map(({ score, label }) => (
          <text
            key={score}
            x={plot.left - 12}
            y={px(yOf(score) + 4)}
            textAnchor="end"
            fill={inkSoft}
          >
            {`${formatEmotion(score)} ${label}`}
          </text>
        ))}
      </g>
      {data.personas.map((persona, index) => {
        const points = data.phases.map((_, slot) => {
          const score = usableEmotion(persona.scores[slot]);
          return score === null ? null : { x: xOf(slot), y: yOf(score) };
        });
        // A curve with no score draws nothing; it keeps its colour and its place in the legend.
        if (points.every((point) => point === null)) return null;
        const colour = seriesColour(index);
        return (
          <g key={index} className="chart-series" data-name={persona.name}>
            <path
              className="chart-curve"
              d={curvePath(points)}
              fill="none"
              stroke={colour}
              strokeWidth={2.5}
            />
            {points.map((point, slot) =>
              point === null ? null : (
                <circle
                  key={slot}
                  className="chart-dot"
                  cx={px(point.x)}
                  cy={px(point.y)}
                  r={4}
                  fill={colour}
                  stroke={colour}
                  strokeWidth={2.5}
                />
              ),
            )}
          </g>
        );
      })}
      <InlineLegend entries={layout.legend} />
    </ChartSvg>
  );
}
