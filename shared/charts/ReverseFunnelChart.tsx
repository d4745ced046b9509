import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';
import { SwatchLegend } from './chart-legend';
import { chartFont } from './chart-style';
import { barLabel, layoutReverseFunnel } from './reverse-funnel-layout';
import { summariseReverseFunnel } from './reverse-funnel-summary';

const ink = '#1d2633';
const inkSoft = '#556274';
const gridLine = '#e3e7ee';
const labelSize = 10;
/** recharts hands SVG presentation attributes on to its <svg> but does not declare the font ones. */
const svgFont: Record<string, unknown> = { fontFamily: chartFont.family, fontSize: chartFont.size };

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** A plain <text> at the bar's end: recharts' own label may measure and wrap text. */
function BarEndLabel({ x, y, width, height, value }: BarLabelProps) {
  const text = barLabel(value);
  if (text === '') return null;
  return (
    <text
      x={Number(x) + Number(width) + 4}
      y={Number(y) + Number(height) / 2 + labelSize * 0.35}
      fill={inkSoft}
      fontSize={labelSize}
    >
      {text}
    </text>
  );
}

/**
 * The work-backwards funnel: for each phase, first on top, the volume it needs in the cautious,
 * expected and ambitious scenarios, beside today's volume where known. Fixed size computed from
 * the data, no measured text and no animation unless asked, so it draws the same on screen and
 * headless in main.
 */
export function ReverseFunnelChart({
  data,
  animate,
}: {
  data: ReverseFunnelData;
  animate?: boolean;
}) {
  const layout = layoutReverseFunnel(data);
  const summary = summariseReverseFunnel(data);
  const top = layout.ticks[layout.ticks.length - 1] ?? 10;
  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={layout.rows}
      layout="vertical"
      margin={layout.margin}
      barSize={layout.barSize}
      barGap={layout.barGap}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
      title="Volume each phase needs, worked backwards from the goal"
      desc={summary}
      {...svgFont}
    >
      <CartesianGrid horizontal={false} stroke={gridLine} />
      <YAxis
        type="category"
        dataKey="slot"
        width={layout.yAxisWidth}
        interval={0}
        tickLine={false}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x) - 6} y={Number(y) + 4} textAnchor="end" fill={ink}>
            {layout.phaseLabels[Number(payload?.value)] ?? ''}
          </text>
        )}
      />
      <XAxis
        type="number"
        scale="log"
        domain={[1, top]}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        height={layout.xAxisHeight}
        stroke={inkSoft}
        tick={({ x, y, payload }: TickProps) => (
          <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fill={inkSoft}>
            {formatCompact(Number(payload?.value))}
          </text>
        )}
      />
      {layout.series.map((entry) => (
        <Bar
          key={entry.key}
          dataKey={entry.key}
          name={entry.label}
          fill={entry.colour}
          isAnimationActive={animate ?? false}
        >
          <LabelList dataKey={entry.key} content={(props) => <BarEndLabel {...props} />} />
        </Bar>
      ))}
      <text
        x={layout.margin.left + layout.yAxisWidth}
        y={layout.height - layout.margin.bottom - 2}
        fill={inkSoft}
      >
        {layout.axisLabel}
      </text>
      <SwatchLegend entries={layout.legend} />
    </BarChart>
  );
}
