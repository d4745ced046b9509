import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import {
  emotionLevels,
  formatEmotion,
  maxEmotion,
  minEmotion,
  usableEmotion,
} from '../domain/emotion-scale';
import type { EmotionCurveData } from './chart-data';
import {
  layoutEmotionCurve,
  type EmotionCurveLayout,
  type LegendEntry,
} from './emotion-curve-layout';
import { summariseEmotionCurve } from './emotion-curve-summary';
import { gridLine, ink, inkSoft, seriesColour, svgFont } from './chart-style';

const emotionTicks = emotionLevels.map((level) => level.score);

/** Data rows keyed by slot (the phase's index) and series0…n, never by names a chart could clash with. */
function toRows(data: EmotionCurveData) {
  return data.phases.map((_, slot) => {
    const row: Record<string, number | null> = { slot };
    data.personas.forEach((line, index) => {
      row[`series${index}`] = usableEmotion(line.scores[slot]);
    });
    return row;
  });
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

function PhaseTick({ x, y, payload, layout }: TickProps & { layout: EmotionCurveLayout }) {
  const label = layout.phaseLabels[Number(payload?.value ?? payload?.index ?? 0)];
  if (!label) return null;
  const left = Number(x);
  const top = Number(y) + 4;
  if (label.angled) {
    return (
      <text
        x={left}
        y={top + 8}
        textAnchor="end"
        fill={ink}
        transform={`rotate(${layout.labelAngle} ${left} ${top + 8})`}
      >
        {label.lines[0]}
      </text>
    );
  }
  return (
    <text x={left} y={top} textAnchor="middle" fill={ink}>
      {label.lines.map((line, index) => (
        <tspan key={index} x={left} dy={index === 0 ? layout.lineHeight - 2 : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function EmotionTick({ x, y, payload }: TickProps) {
  const score = Number(payload?.value);
  const level = emotionLevels.find((entry) => entry.score === score);
  return (
    <text x={Number(x) - 4} y={Number(y) + 4} textAnchor="end" fill={inkSoft}>
      {level ? `${formatEmotion(score)} ${level.label}` : formatEmotion(score)}
    </text>
  );
}

/** Drawn inside the SVG (recharts' own legend is HTML beside it), so documents carry it too. */
function InlineLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <g className="emotion-curve-legend">
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

/**
 * The customer's emotion (−2 … +2) across the journey's phases, one line per persona. Fixed size,
 * no measured text and no animation unless asked, so it draws the same on screen and headless.
 * Unscored phases are gaps in a line, not zeros.
 */
export function EmotionCurveChart({
  data,
  animate,
}: {
  data: EmotionCurveData;
  animate?: boolean;
}) {
  const layout = layoutEmotionCurve(data);
  const summary = summariseEmotionCurve(data);
  return (
    <LineChart
      width={layout.width}
      height={layout.height}
      data={toRows(data)}
      margin={layout.margin}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
      title="Emotion across the customer journey"
      desc={summary}
      {...svgFont}
    >
      <CartesianGrid vertical={false} stroke={gridLine} />
      <XAxis
        dataKey="slot"
        type="category"
        interval={0}
        height={layout.xAxisHeight}
        padding={{ left: layout.xAxisPadding, right: layout.xAxisPadding }}
        tickLine={false}
        stroke={inkSoft}
        tick={(props: TickProps) => <PhaseTick {...props} layout={layout} />}
      />
      <YAxis
        type="number"
        domain={[minEmotion, maxEmotion]}
        ticks={emotionTicks}
        interval={0}
        width={layout.yAxisWidth}
        allowDecimals={false}
        tickLine={false}
        stroke={inkSoft}
        tick={(props: TickProps) => <EmotionTick {...props} />}
      />
      <ReferenceLine y={0} stroke={inkSoft} strokeDasharray="4 3" />
      {data.personas.map((line, index) =>
        // A curve with no score draws nothing; it keeps its colour and its place in the legend.
        line.scores.some((score) => usableEmotion(score) !== null) ? (
          <Line
            key={`series${index}`}
            dataKey={`series${index}`}
            name={line.name}
            type="linear"
            stroke={seriesColour(index)}
            strokeWidth={2.5}
            dot={{ r: 4, fill: seriesColour(index), stroke: seriesColour(index) }}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={animate ?? false}
          />
        ) : null,
      )}
      <InlineLegend entries={layout.legend} />
    </LineChart>
  );
}
