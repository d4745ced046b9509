import { formatMoney } from '../planning/money-format';
import { formatTimes } from '../planning/number-format';
import type { InvestmentReturnData } from './chart-data';

/**
 * The investment chart said in words, for its text alternative on screen and in documents: every
 * bar's amount, and the revenue against the budget.
 */
export function summariseInvestmentReturn(data: InvestmentReturnData): string {
  const money = (value: number) => formatMoney(value, data.currency);
  const phases = data.bars.filter((bar) => bar.kind === 'phase-budget');
  const total = data.bars.find((bar) => bar.kind === 'total-budget');
  const revenue = data.bars.find((bar) => bar.kind === 'revenue');
  if (!total || total.value <= 0)
    return revenue && revenue.value > 0
      ? `No campaign has a budget yet; the expected revenue is ${money(revenue.value)}.`
      : 'No campaign has a budget yet, and there is no expected revenue to set against it.';
  const parts = phases.map((bar) => `${bar.label} ${money(bar.value)}`);
  const opening = `Budget ${money(total.value)} in total${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
  if (!revenue || revenue.value <= 0)
    return `${opening} No expected revenue yet: enter the average deal size or the revenue target.`;
  return `${opening} Expected revenue ${money(revenue.value)}, ${formatTimes(revenue.value / total.value)} the budget.`;
}
