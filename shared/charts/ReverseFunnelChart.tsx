import { Bar, LabelList } from 'recharts';
import { formatCompact } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';
import { inkSoft } from './chart-style';
import { HorizontalBarChart } from './HorizontalBarChart';
import { barLabel, layoutReverseFunnel } from './reverse-funnel-layout';
import { summariseReverseFunnel } from './reverse-funnel-summary';

const labelSize = 10;

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
  const top = layout.ticks[layout.ticks.length - 1] ?? 10;
  return (
    <HorizontalBarChart
      layout={layout}
      rows={layout.rows}
      rowKey="slot"
      rowLabels={layout.phaseLabels}
      domain={[1, top]}
      logScale
      tickLabel={formatCompact}
      barGap={layout.barGap}
      title="Volume each phase needs, worked backwards from the goal"
      summary={summariseReverseFunnel(data)}
    >
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
    </HorizontalBarChart>
  );
}
