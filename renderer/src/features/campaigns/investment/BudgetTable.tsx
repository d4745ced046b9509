import type { InvestmentSummary } from '../../../../../shared/planning/marketing-investment';
import { formatMoney } from '../../../../../shared/planning/money-format';

/** The budget per phase and in total; a phase whose campaigns have no budget says so. */
export function BudgetTable({ summary }: { summary: InvestmentSummary }) {
  const money = (value: number) => formatMoney(value, summary.currency);
  return (
    <table className="plan-table investment-budgets" data-testid="investment-budgets">
      <caption className="visually-hidden">Budget per phase</caption>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">Campaigns</th>
          <th scope="col">Budget</th>
        </tr>
      </thead>
      <tbody>
        {summary.byPhase.map((phase) => (
          <tr key={phase.phaseId || 'none'}>
            <th scope="row">{phase.name}</th>
            <td>
              {phase.budgeted + phase.unbudgeted}
              {phase.unbudgeted > 0 ? ` (${phase.unbudgeted} without a budget)` : ''}
            </td>
            <td>{phase.budgeted === 0 ? 'No budget yet' : money(phase.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td>{summary.budgeted + summary.unbudgeted.length}</td>
          <td>{summary.budgeted === 0 ? 'No budget yet' : money(summary.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
