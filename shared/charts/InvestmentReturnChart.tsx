import { formatMoneyCompact } from '../planning/money-format';
import type { InvestmentReturnData } from './chart-data';
import { BarEndLabel } from './bar-end-label';
import { linearScale, px } from './chart-scales';
import { HorizontalBarChart } from './HorizontalBarChart';
import { layoutInvestmentReturn } from './investment-return-layout';
import { summariseInvestmentReturn } from './investment-return-summary';

/**
 * The campaign plan as an investment: each phase's budget, the total, and the revenue expected
 * from it, on one money axis. Fixed size and no measured text, so it draws the same on screen and
 * in documents.
 */
export function InvestmentReturnChart({ data }: { data: InvestmentReturnData }) {
  const layout = layoutInvestmentReturn(data);
  const top = layout.ticks[layout.ticks.length - 1] ?? 1;
  return (
    <HorizontalBarChart
      className="investment-return"
      layout={layout}
      rowLabels={layout.labels}
      scaleOf={(range) => linearScale([0, top], range)}
      tickLabel={layout.tickLabel}
      title="The campaign plan as an investment: budget and expected revenue"
      summary={summariseInvestmentReturn(data)}
    >
      {({ x, bandTop, bandHeight, plot }) => (
        <g className="chart-bars">
          {layout.rows.map((row) => {
            if (row.amount === null) return null;
            const barTop = bandTop(row.slot) + (bandHeight - layout.barSize) / 2;
            const end = x(row.amount);
            return (
              <g key={row.slot}>
                <rect
                  className="chart-bar"
                  x={plot.left}
                  y={px(barTop)}
                  width={px(Math.max(0, end - plot.left))}
                  height={layout.barSize}
                  fill={row.colour}
                />
                <BarEndLabel
                  end={end}
                  barTop={barTop}
                  barSize={layout.barSize}
                  text={formatMoneyCompact(row.amount, data.currency)}
                />
              </g>
            );
          })}
        </g>
      )}
    </HorizontalBarChart>
  );
}
