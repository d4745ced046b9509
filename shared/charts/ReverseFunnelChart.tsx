import { formatCompact } from '../planning/number-format';
import type { ReverseFunnelData } from './chart-data';
import { BarEndLabel } from './bar-end-label';
import { logScale, px } from './chart-scales';
import { inkSoft } from './chart-style';
import { HorizontalBarChart } from './HorizontalBarChart';
import { barLabel, layoutReverseFunnel } from './reverse-funnel-layout';
import { summariseReverseFunnel } from './reverse-funnel-summary';

/**
 * The work-backwards funnel: for each phase, first on top, the volume it needs in the cautious,
 * expected and ambitious scenarios, beside today's volume where known, on a log scale. Fixed size
 * computed from the data and no measured text, so it draws the same on screen and in documents.
 */
export function ReverseFunnelChart({ data }: { data: ReverseFunnelData }) {
  const layout = layoutReverseFunnel(data);
  const top = layout.ticks[layout.ticks.length - 1] ?? 10;
  const barsHeight =
    layout.series.length * layout.barSize + (layout.series.length - 1) * layout.barGap;
  return (
    <HorizontalBarChart
      className="reverse-funnel"
      layout={layout}
      rowLabels={layout.phaseLabels}
      scaleOf={(range) => logScale([1, top], range)}
      tickLabel={formatCompact}
      title="Volume each phase needs, worked backwards from the goal"
      summary={summariseReverseFunnel(data)}
    >
      {({ x, bandTop, bandHeight, plot }) => (
        <>
          {layout.series.map((entry, index) => (
            <g key={entry.key} className="chart-bars" fill={entry.colour}>
              {layout.rows.map((row) => {
                const value = row[entry.key];
                if (value === null) return null;
                const y = bandTop(row.slot) + (bandHeight - barsHeight) / 2;
                const barTop = y + index * (layout.barSize + layout.barGap);
                const end = x(value);
                return (
                  <g key={row.slot}>
                    <rect
                      className="chart-bar"
                      x={plot.left}
                      y={px(barTop)}
                      width={px(Math.max(0, end - plot.left))}
                      height={layout.barSize}
                    />
                    <BarEndLabel
                      end={end}
                      barTop={barTop}
                      barSize={layout.barSize}
                      text={barLabel(value)}
                    />
                  </g>
                );
              })}
            </g>
          ))}
          <text x={plot.left} y={layout.height - layout.margin.bottom - 2} fill={inkSoft}>
            {layout.axisLabel}
          </text>
        </>
      )}
    </HorizontalBarChart>
  );
}
