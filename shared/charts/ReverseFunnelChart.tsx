import { Bar, LabelList } from 'recharts';
import { formatCompact } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';
import { BarEndLabel } from './bar-end-label';
import { inkSoft } from './chart-style';
import { HorizontalBarChart } from './HorizontalBarChart';
import { barLabel, layoutReverseFunnel } from './reverse-funnel-layout';
import { summariseReverseFunnel } from './reverse-funnel-summary';

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
          <LabelList
            dataKey={entry.key}
            content={(props) => <BarEndLabel {...props} format={barLabel} />}
          />
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
