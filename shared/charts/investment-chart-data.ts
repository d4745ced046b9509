import { limits } from '../domain/limits';
import type { InvestmentSummary } from '../planning/marketing-investment';
import type { InvestmentReturnData } from './chart-data';
import { maxInvestmentBars } from './investment-return-layout';
import { truncateText } from './chart-text';

/** The investment chart's data: each phase's budget, the total, and the expected revenue. */
export function toInvestmentReturnData(summary: InvestmentSummary): InvestmentReturnData {
  const phases = summary.byPhase
    .filter((phase) => phase.total > 0)
    .slice(0, maxInvestmentBars - 2)
    .map((phase) => ({
      label: truncateText(phase.name, limits.name),
      value: phase.total,
      kind: 'phase-budget' as const,
    }));
  const revenue = summary.return.revenue;
  return {
    currency: summary.currency,
    bars: [
      ...phases,
      { label: 'Total budget', value: summary.total, kind: 'total-budget' },
      ...(revenue !== null && revenue > 0
        ? [{ label: 'Expected revenue', value: revenue, kind: 'revenue' as const }]
        : []),
    ],
  };
}
