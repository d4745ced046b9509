import type { InvestmentSummary } from '../../../../../shared/planning/marketing-investment';
import { budgetText, campaignCountText } from '../../../../../shared/planning/investment-text';

/** The budget per phase and in total; a phase whose campaigns have no budget says so. */
export function BudgetTable({ summary }: { summary: InvestmentSummary }) {
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
            <td>{campaignCountText(phase.budgeted, phase.unbudgeted)}</td>
            <td>{budgetText(phase.budgeted, phase.total, summary.currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td>{summary.budgeted + summary.unbudgeted.length}</td>
          <td>{budgetText(summary.budgeted, summary.total, summary.currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
