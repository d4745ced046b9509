import { Bar, Cell, LabelList } from 'recharts';
import { formatMoneyCompact } from '../planning/money-format';
import type { InvestmentReturnData } from './chart-data';
import { BarEndLabel } from './bar-end-label';
import { HorizontalBarChart } from './HorizontalBarChart';
import { layoutInvestmentReturn } from './investment-return-layout';
import { summariseInvestmentReturn } from './investment-return-summary';

/**
 * The campaign plan as an investment: each phase's budget, the total, and the revenue expected
 * from it, on one money axis. Fixed size, no measured text, no animation unless asked, so it draws
 * the same on screen and headless in main.
 */
export function InvestmentReturnChart({
  data,
  animate,
}: {
  data: InvestmentReturnData;
  animate?: boolean;
}) {
  const layout = layoutInvestmentReturn(data);
  const top = layout.ticks[layout.ticks.length - 1] ?? 1;
  const money = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value)
      ? formatMoneyCompact(value, data.currency)
      : '';
  return (
    <HorizontalBarChart
      layout={layout}
      rows={layout.rows}
      rowKey="slot"
      rowLabels={layout.labels}
      domain={[0, top]}
      tickLabel={layout.tickLabel}
      title="The campaign plan as an investment: budget and expected revenue"
      summary={summariseInvestmentReturn(data)}
    >
      <Bar dataKey="amount" name="Amount" isAnimationActive={animate ?? false}>
        {layout.rows.map((row) => (
          <Cell key={row.slot} fill={row.colour} />
        ))}
        <LabelList
          dataKey="amount"
          content={(props) => <BarEndLabel {...props} format={money} />}
        />
      </Bar>
    </HorizontalBarChart>
  );
}
