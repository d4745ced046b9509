import { toInvestmentReturnData } from '../../../../../shared/charts/investment-chart-data';
import { summariseInvestmentReturn } from '../../../../../shared/charts/investment-return-summary';
import { InvestmentReturnChart } from '../../../../../shared/charts/InvestmentReturnChart';
import type { Campaign } from '../../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../../shared/domain/journey-phase';
import type { Plan } from '../../../../../shared/domain/plan';
import { returnLines } from '../../../../../shared/planning/investment-text';
import type { WorkBackwardsPlan } from '../../../../../shared/planning/work-backwards';
import { Notice } from '../../../components/Notice';
import { ChartFigure } from '../ChartFigure';
import { BudgetTable } from './BudgetTable';
import { CurrencyChoice } from './CurrencyChoice';
import { ResultCostTable } from './ResultCostTable';
import { useMarketingInvestment } from './use-marketing-investment';
import './investment.css';

interface MarketingInvestmentProps {
  engagementId: string;
  phases: readonly JourneyPhase[];
  plan: Plan;
  campaigns: readonly Campaign[];
  worked: WorkBackwardsPlan;
}

/**
 * Marketing as an investment, for the board: what the campaigns cost per phase and in total, what
 * each result may cost in each scenario, and the revenue, return and payback the plan promises.
 */
export function MarketingInvestment({
  engagementId,
  phases,
  plan,
  campaigns,
  worked,
}: MarketingInvestmentProps) {
  const outcome = useMarketingInvestment(phases, plan, campaigns, worked);
  return (
    <section className="investment" aria-labelledby="investment-title">
      <h3 id="investment-title">Marketing as an investment</h3>
      <p className="subtle">
        The campaigns’ budgets against the volumes worked back from the goal: what each lead,
        opportunity and new customer may cost in each scenario, and what the plan returns.
      </p>
      <CurrencyChoice engagementId={engagementId} currency={plan.currency} campaigns={campaigns} />
      {!outcome.ok ? (
        <Notice tone="error">{outcome.message}</Notice>
      ) : (
        <>
          <div className="investment__tables">
            <BudgetTable summary={outcome} />
            <dl className="investment__return" data-testid="investment-return">
              {returnLines(outcome, plan.goalMetric, plan.goalTarget, plan.averageDealSize).map(
                (line) => (
                  <div key={line.label}>
                    <dt>{line.label}</dt>
                    <dd>
                      <strong>{line.value}</strong>
                      {line.note ? <span className="subtle"> {line.note}</span> : null}
                    </dd>
                  </div>
                ),
              )}
            </dl>
          </div>
          <ResultCostTable
            engagementId={engagementId}
            summary={outcome}
            phases={phases}
            plannedPhaseIds={worked.phases.map((phase) => phase.phaseId)}
            chosen={{
              lead: plan.leadPhaseId ?? '',
              opportunity: plan.opportunityPhaseId ?? '',
            }}
          />
          <InvestmentChart summary={outcome} />
        </>
      )}
    </section>
  );
}

function InvestmentChart({ summary }: { summary: Parameters<typeof toInvestmentReturnData>[0] }) {
  const data = toInvestmentReturnData(summary);
  return (
    <ChartFigure title="Budget and expected revenue" summary={summariseInvestmentReturn(data)}>
      <InvestmentReturnChart data={data} />
    </ChartFigure>
  );
}
